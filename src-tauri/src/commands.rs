//! Commands: thin adapters from IPC to `backend`. Each one is allowed by name
//! in `capabilities/` and typed for the UI through the `backend` types.

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
