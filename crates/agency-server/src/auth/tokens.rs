//! Access and refresh tokens.
//!
//! Both are opaque random strings stored as SHA-256 digests. Every token
//! issued from one authorization code belongs to one family. Refresh tokens
//! rotate on every use; presenting one that was already rotated means it was
//! copied, so the whole family is revoked (OAuth 2.0 Security BCP, RFC 9700
//! §4.14.2).

use super::secrets::{digest, now, random_secret};
use crate::db::Db;
use sqlx::{Any, Transaction};

/// Access tokens live ten minutes: a stolen one is soon worthless.
pub(crate) const ACCESS_TTL_SECS: i64 = 10 * 60;
/// A refresh token unused for thirty days expires: the parent signs in again.
pub(crate) const REFRESH_TTL_SECS: i64 = 30 * 24 * 60 * 60;

/// A fresh pair of tokens.
pub(crate) struct Issued {
    pub(crate) access_token: String,
    pub(crate) refresh_token: String,
}

/// Why a grant is refused: `invalid_grant` (RFC 6749 §5.2), or the database.
#[derive(Debug, thiserror::Error)]
pub(crate) enum GrantError {
    #[error("{0}")]
    Invalid(&'static str),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

impl GrantError {
    pub(crate) fn invalid(reason: &'static str) -> Self {
        Self::Invalid(reason)
    }
}

pub(crate) async fn new_family(
    tx: &mut Transaction<'static, Any>,
    participant_id: &str,
    client_id: &str,
) -> Result<String, sqlx::Error> {
    let id = random_secret();
    sqlx::query(
        "INSERT INTO token_families (id, participant_id, client_id, created_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(&id)
    .bind(participant_id)
    .bind(client_id)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

pub(crate) async fn issue_pair(
    tx: &mut Transaction<'static, Any>,
    family: &str,
) -> Result<Issued, sqlx::Error> {
    let access_token = random_secret();
    let refresh_token = random_secret();
    for (token, kind, ttl) in [
        (&access_token, "access", ACCESS_TTL_SECS),
        (&refresh_token, "refresh", REFRESH_TTL_SECS),
    ] {
        sqlx::query(
            "INSERT INTO oauth_tokens (token_hash, family_id, kind, expires_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(digest(token))
        .bind(family)
        .bind(kind)
        .bind(now() + ttl)
        .execute(&mut **tx)
        .await?;
    }
    Ok(Issued {
        access_token,
        refresh_token,
    })
}

pub(crate) async fn revoke_family(
    tx: &mut Transaction<'static, Any>,
    family: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE token_families SET revoked = 1 WHERE id = $1")
        .bind(family)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The refresh grant (RFC 6749 §6), with rotation.
pub(crate) async fn refresh(
    db: &Db,
    refresh_token: &str,
    client_id: &str,
) -> Result<Issued, GrantError> {
    let mut tx = db.pool().begin().await?;
    let hash = digest(refresh_token);
    let row: Option<(String, i64, i64, i64, i64, String)> = sqlx::query_as(
        "SELECT t.family_id, t.expires_at, t.used, t.revoked, f.revoked, f.client_id \
         FROM oauth_tokens t JOIN token_families f ON f.id = t.family_id \
         WHERE t.token_hash = $1 AND t.kind = 'refresh'",
    )
    .bind(&hash)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((family, expires_at, used, revoked, family_revoked, family_client)) = row else {
        return Err(GrantError::invalid("the refresh token is not valid"));
    };
    if family_client != client_id {
        return Err(GrantError::invalid(
            "the refresh token was issued to another client",
        ));
    }
    if revoked != 0 || family_revoked != 0 {
        return Err(GrantError::invalid("the refresh token was revoked"));
    }
    if expires_at <= now() {
        return Err(GrantError::invalid("the refresh token has expired"));
    }
    let rotated =
        sqlx::query("UPDATE oauth_tokens SET used = 1 WHERE token_hash = $1 AND used = 0")
            .bind(&hash)
            .execute(&mut *tx)
            .await?
            .rows_affected();
    if used != 0 || rotated != 1 {
        // RFC 9700 §4.14.2: a rotated token came back; someone holds a copy.
        revoke_family(&mut tx, &family).await?;
        tx.commit().await?;
        tracing::warn!("a rotated refresh token was reused; its family is revoked");
        return Err(GrantError::invalid(
            "the refresh token was already used; sign in again",
        ));
    }
    let issued = issue_pair(&mut tx, &family).await?;
    tx.commit().await?;
    Ok(issued)
}

/// Token revocation (RFC 7009 §2.1). A refresh token takes its whole family
/// with it, access tokens included; an access token goes alone. Unknown
/// tokens are ignored: the answer is the same (RFC 7009 §2.2).
pub(crate) async fn revoke(db: &Db, token: &str, client_id: &str) -> Result<(), sqlx::Error> {
    let mut tx = db.pool().begin().await?;
    let hash = digest(token);
    let row: Option<(String, String, String)> = sqlx::query_as(
        "SELECT t.kind, t.family_id, f.client_id FROM oauth_tokens t \
         JOIN token_families f ON f.id = t.family_id WHERE t.token_hash = $1",
    )
    .bind(&hash)
    .fetch_optional(&mut *tx)
    .await?;
    match row {
        // RFC 7009 §2.1: only the client the token was issued to may revoke it.
        Some((kind, family, owner)) if owner == client_id => {
            if kind == "refresh" {
                revoke_family(&mut tx, &family).await?;
            } else {
                sqlx::query("UPDATE oauth_tokens SET revoked = 1 WHERE token_hash = $1")
                    .bind(&hash)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        _ => {}
    }
    tx.commit().await
}

/// The participant a live access token belongs to.
pub(crate) async fn participant_for_access_token(
    db: &Db,
    token: &str,
) -> Result<Option<String>, sqlx::Error> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT f.participant_id FROM oauth_tokens t \
         JOIN token_families f ON f.id = t.family_id \
         WHERE t.token_hash = $1 AND t.kind = 'access' AND t.revoked = 0 \
         AND f.revoked = 0 AND t.expires_at > $2",
    )
    .bind(digest(token))
    .bind(now())
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(|(id,)| id))
}
