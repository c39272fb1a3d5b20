use crate::IpcError;
use serde::Serialize;
use ts_rs::TS;

/// Whether the agency the app is pointed at answers, and who it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
#[ts(export)]
pub enum AgencyConnection {
    Connected { agency_name: String, url: String },
    Unreachable { url: String, error: IpcError },
}
