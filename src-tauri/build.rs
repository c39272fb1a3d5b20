fn main() {
    // Declaring the app's commands makes each one a permission
    // (`allow-<command>`) that a capability must grant by name.
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(&[
            "app_info",
            "settings",
            "set_language",
            "agency_status",
            "set_estimate_jurisdiction",
            "jurisdictions",
            "estimate",
            "session",
            "sign_in",
            "cancel_sign_in",
            "sign_out",
            "case_overview",
            "sync_now",
            "outbox",
            "retry_outbox_item",
            "reset_store",
            "payments_view",
            "payoff",
            "check_application",
            "application_draft",
            "save_application_draft",
            "discard_application_draft",
            "submit_application",
            "submissions",
            "submit_modification_request",
            "modification_check",
            "set_payment_notifications",
            "pick_document",
            "add_document",
            "case_documents",
            "pause_upload",
            "resume_upload",
            "cancel_upload",
            "watch_uploads",
        ]),
    ))
    .expect("the Tauri build script runs");
}
