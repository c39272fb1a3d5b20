use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// `GET /v1/me`: the signed-in participant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct Me {
    #[schema(example = "P-1001")]
    pub id: String,
    pub given_name: String,
    pub family_name: String,
    pub email: String,
}
