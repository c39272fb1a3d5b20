//! Commands: thin adapters from IPC to `backend`. Each one is allowed by name
//! in `capabilities/` and typed for the UI through the `backend` types.

use backend::guidelines::{Estimate, JurisdictionInfo};
use backend::{AgencyConnection, AppInfo, Backend, IpcError, Language, Settings};
use tauri::State;

#[tauri::command]
pub fn app_info(backend: State<'_, Backend>) -> AppInfo {
    backend.app_info()
}

#[tauri::command]
pub fn settings(backend: State<'_, Backend>) -> Settings {
    backend.settings()
}

#[tauri::command]
pub fn set_language(backend: State<'_, Backend>, language: Language) -> Result<Settings, IpcError> {
    backend.set_language(language)
}

#[tauri::command]
pub async fn agency_status(backend: State<'_, Backend>) -> Result<AgencyConnection, IpcError> {
    Ok(backend.agency_status().await)
}

#[tauri::command]
pub fn set_estimate_jurisdiction(
    backend: State<'_, Backend>,
    code: String,
) -> Result<Settings, IpcError> {
    backend.set_estimate_jurisdiction(&code)
}

#[tauri::command]
pub fn jurisdictions(backend: State<'_, Backend>) -> Vec<JurisdictionInfo> {
    backend.jurisdictions()
}

/// `case` is the calculator's JSON input, checked field by field by the
/// calculator itself so that every problem names its field.
#[tauri::command]
pub fn estimate(
    backend: State<'_, Backend>,
    case: serde_json::Value,
) -> Result<Estimate, IpcError> {
    backend.estimate(&case)
}
