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
        ]),
    ))
    .expect("the Tauri build script runs");
}
