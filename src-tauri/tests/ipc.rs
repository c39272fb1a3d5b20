//! Commands through the real IPC path (`tauri::test`), with the app's real
//! configuration, capabilities and setup, on the mock runtime (no display).

use app_lib::{ShellOptions, build};
use backend::MemorySecrets;
use serde_json::{Value, json};
use std::sync::Arc;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow};

/// The app as `run()` builds it, with its main window open.
fn app(config_dir: &std::path::Path) -> App<MockRuntime> {
    // Port 9 (discard) on loopback: nothing answers there.
    let options = ShellOptions {
        config_dir: Some(config_dir.to_path_buf()),
        agency_url: Some("http://127.0.0.1:9/".to_owned()),
        data_dir: Some(config_dir.join("data")),
        secrets: Some(Arc::new(MemorySecrets::new())),
        kiosk: None,
        // Started here: the mock runtime runs no `setup` to wait for it.
        start_beside_window: false,
    };
    let app = build(mock_builder(), tauri::generate_context!(), options).expect("the app builds");
    // `setup` opens it once the event loop runs; the mock runtime has none.
    app_lib::open_main_window(app.handle(), false).expect("the main window opens");
    app
}

fn invoke_from(
    window: &WebviewWindow<MockRuntime>,
    origin: &str,
    cmd: &str,
    args: Value,
) -> Result<Value, Value> {
    get_ipc_response(
        window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: origin.parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}

fn invoke(window: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    invoke_from(window, "tauri://localhost", cmd, args)
}

#[test]
fn the_ui_learns_the_apps_name_version_and_mode() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let main = app
        .get_webview_window("main")
        .expect("setup opened the main window");

    let info = invoke(&main, "app_info", json!({})).unwrap();
    assert_eq!(
        info,
        json!({ "name": "Child Support Self-Service", "version": env!("CARGO_PKG_VERSION"), "mode": "home" })
    );
}

#[test]
fn a_language_chosen_through_ipc_is_saved_for_next_time() {
    let dir = tempfile::tempdir().unwrap();
    {
        let app = app(dir.path());
        let main = app.get_webview_window("main").unwrap();
        assert_eq!(
            invoke(&main, "settings", json!({})).unwrap(),
            json!({
                "language": null,
                "estimate_jurisdiction": null,
                "payment_notifications": false,
                "message_notifications": false,
                "appointment_reminders": false,
            })
        );
        assert_eq!(
            invoke(&main, "set_language", json!({ "language": "es" })).unwrap()["language"],
            "es"
        );
    }
    let app = app(dir.path());
    let main = app.get_webview_window("main").unwrap();
    assert_eq!(
        invoke(&main, "settings", json!({})).unwrap()["language"],
        "es"
    );
}

#[test]
fn an_unreachable_agency_comes_back_as_a_state_with_a_typed_error() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let main = app.get_webview_window("main").unwrap();

    let status = invoke(&main, "agency_status", json!({})).unwrap();
    assert_eq!(status["state"], "unreachable");
    assert_eq!(status["error"]["code"], "agency_unreachable");
    assert!(
        status["error"]["message"]
            .as_str()
            .unwrap()
            .contains("can't be reached")
    );
}

#[test]
fn a_page_from_outside_the_app_cannot_call_commands() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let main = app.get_webview_window("main").unwrap();

    assert!(invoke_from(&main, "https://example.com/", "app_info", json!({})).is_err());
}

#[test]
fn a_bad_agency_address_stops_the_app_with_a_message_that_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let options = ShellOptions {
        config_dir: Some(dir.path().to_path_buf()),
        agency_url: Some("http://agency.example.gov/".to_owned()),
        ..ShellOptions::default()
    };
    let err = build(mock_builder(), tauri::generate_context!(), options).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the agency address `http://agency.example.gov/` must use https (plain http is allowed only for this computer)"
    );
}

#[test]
fn an_estimate_travels_through_ipc_and_a_bad_one_names_its_field() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let main = app.get_webview_window("main").unwrap();

    // Wisconsin's shared-placement example (DCF 150.04(2)(b)).
    let case = json!({
        "jurisdiction": "US-WI", "as_of": "2026-11-01", "children": 2,
        "parents": { "a": { "monthly_income": "2000.00", "overnights": 219 },
                     "b": { "monthly_income": "3000.00", "overnights": 146 } }
    });
    let estimate = invoke(&main, "estimate", json!({ "case": case })).unwrap();
    assert_eq!(estimate["payer"], "b");
    assert_eq!(estimate["amount"], "375.00");
    assert_eq!(estimate["per"], "month");

    let mut bad = case.clone();
    bad["parents"]["a"]["overnights"] = json!(300);
    let err = invoke(&main, "estimate", json!({ "case": bad })).unwrap_err();
    assert_eq!(err["code"], "invalid_input");
    assert_eq!(err["reason"], "overnights_over_366");
    assert!(err["message"].as_str().unwrap().contains("366"), "{err}");
}

#[test]
fn the_state_picker_lists_the_states_and_remembers_the_choice() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let main = app.get_webview_window("main").unwrap();

    let states = invoke(&main, "jurisdictions", json!({})).unwrap();
    let codes: Vec<&str> = states
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        ["US-CA", "US-DE", "US-GA", "US-NY", "US-TX", "US-WI"]
    );

    let settings = invoke(
        &main,
        "set_estimate_jurisdiction",
        json!({ "code": "US-GA" }),
    )
    .unwrap();
    assert_eq!(settings["estimate_jurisdiction"], "US-GA");
}

const KIOSK_TOML: &str = r#"
office_name = "Demo County: Main Street office"
office_id = "DC-01"
agency_url = "http://127.0.0.1:9/"
idle_timeout_seconds = 120
warning_seconds = 30
languages = ["en", "es"]
printing = false
"#;

#[test]
fn a_kiosk_reports_its_office_and_keeps_nothing_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.toml");
    std::fs::write(&path, KIOSK_TOML).unwrap();
    let kiosk =
        app_lib::kiosk_config(["--kiosk".to_owned(), path.display().to_string()].into_iter())
            .unwrap()
            .expect("kiosk mode");
    let options = ShellOptions {
        config_dir: Some(dir.path().join("config")),
        data_dir: Some(dir.path().join("data")),
        kiosk: Some(kiosk),
        ..ShellOptions::default()
    };
    let app = build(mock_builder(), tauri::generate_context!(), options).expect("the app builds");
    let main = app_lib::open_main_window(app.handle(), true).expect("the main window opens");
    let info = invoke_from(&main, "tauri://localhost", "app_info", json!({})).unwrap();
    assert_eq!(info["mode"], "kiosk");
    assert_eq!(info["kiosk"]["office_id"], "DC-01");
    assert_eq!(info["kiosk"]["idle_timeout_seconds"], 120);
    // Nothing of a visitor is written: no settings, no store.
    assert!(!dir.path().join("config").exists());
    assert!(!dir.path().join("data").exists());
}

#[test]
fn a_bad_kiosk_configuration_stops_the_app_naming_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.toml");
    std::fs::write(
        &path,
        KIOSK_TOML.replace("warning_seconds = 30", "warning_seconds = 500"),
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_child-support-self-service"))
        .arg("--kiosk")
        .arg(&path)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert!(!out.status.success(), "it must not start");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("cannot start in kiosk mode"), "{stderr}");
    assert!(stderr.contains("warning_seconds"), "{stderr}");

    let missing = std::process::Command::new(env!("CARGO_BIN_EXE_child-support-self-service"))
        .args(["--kiosk", "/nonexistent/kiosk.toml"])
        .env_remove("DISPLAY")
        .output()
        .unwrap();
    assert!(!missing.status.success(), "a missing file is no home mode");
}
