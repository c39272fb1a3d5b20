//! The message keys of worksheet lines and notes: the app translates each as `ws-<key>`,
//! with the key's arguments as Fluent variables.

/// A message key and the names of the arguments that always come with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MessageKey {
    /// The key (`WorksheetLine::key`, `Note::key`): kebab-case, prefixed by the state
    /// (`tx-`, `wi-`, `ny-`, `ca-`, `ga-`, `de-`) or `common-`.
    pub key: &'static str,
    /// The argument names, sorted.
    pub args: &'static [&'static str],
}

const fn key(key: &'static str, args: &'static [&'static str]) -> MessageKey {
    MessageKey { key, args }
}

/// Every key a worksheet line or note can carry, with its argument names. The keys of
/// `[[pending]]` entries in the rule files are here too, and those of the reasons of
/// [`crate::modification_eligibility`] (`*-mod-*`). `tests/message_keys.rs` checks a
/// broad spread of cases against this list; a test in this module keeps the app's copy
/// (`ui/src/l10n/worksheetKeys.ts`) in step.
pub const MESSAGE_KEYS: &[MessageKey] = &[
    key("common-monthly-child-support", &[]),
    key("common-percentage-for-children", &["children"]),
    key("tx-monthly-net-resources", &[]),
    key("tx-obligor", &["parent"]),
    key("tx-net-resources-cap", &[]),
    key("tx-net-resources-used", &[]),
    key("tx-above-cap", &["cap"]),
    key("tx-low-income", &["limit"]),
    key("tx-guideline-percentage", &["children"]),
    key("tx-more-than-five-children", &[]),
    key("tx-other-children", &[]),
    key("tx-multi-family-percentage", &["children", "others"]),
    key("tx-percentage-all-children", &["children"]),
    key("tx-support-all-children", &[]),
    key("tx-credit-other-children", &[]),
    key("tx-adjusted-net-resources", &[]),
    key("tx-low-income-multi-family", &[]),
    key("tx-unused-fields", &["fields"]),
    key("tx-pending-cap", &["due"]),
    key("wi-monthly-income", &[]),
    key("wi-percentage-standard-obligation", &[]),
    key("wi-overnights", &[]),
    key("wi-placement-share", &[]),
    key("wi-percentage-standard-amount", &[]),
    key("wi-times-150", &[]),
    key("wi-times-other-share", &[]),
    key("wi-offset", &[]),
    key("wi-capped", &[]),
    key("wi-shared-capped", &[]),
    key("wi-high-income", &["full", "limit", "parent"]),
    key("wi-low-income", &["limit", "year"]),
    key("wi-split-per-child-percentage", &[]),
    key("wi-split-children-placed", &[]),
    key("wi-split-owed", &[]),
    key("wi-split-shared-placement-share", &["children"]),
    key("wi-split-shared-per-child-amount", &["children"]),
    key("wi-split-shared-times-150", &["children"]),
    key("wi-split-shared-times-other-share", &["children"]),
    key("wi-split-total-owed", &[]),
    key("wi-split-more-than-five-children", &["children"]),
    key("wi-split-high-income", &[]),
    key("wi-unused-fields", &["fields"]),
    key("ny-gross-income", &[]),
    key("ny-fica-paid", &[]),
    key("ny-local-tax-paid", &[]),
    key("ny-maintenance-paid", &[]),
    key("ny-other-support-paid", &[]),
    key("ny-cssa-income", &[]),
    key("ny-no-fica", &["parent"]),
    key("ny-combined-income", &[]),
    key("ny-non-custodial-parent", &["parent"]),
    key("ny-equal-time", &[]),
    key("ny-no-income", &[]),
    key("ny-combined-income-cap", &[]),
    key("ny-combined-obligation", &[]),
    key("ny-ncp-share", &[]),
    key("ny-basic-obligation", &[]),
    key("ny-above-cap", &["cap"]),
    key("ny-five-or-more-children", &[]),
    key("ny-below-poverty-line", &[]),
    key("ny-below-poverty", &["guideline"]),
    key("ny-self-support-reserve", &[]),
    key("ny-below-reserve-line", &[]),
    key("ny-below-reserve", &["reserve"]),
    key("ny-add-ons-paid", &[]),
    key("ny-add-ons-share", &[]),
    key("ny-add-ons-paid-directly", &[]),
    key("ny-yearly-child-support", &[]),
    key("ny-unused-fields", &["fields"]),
    key("ny-pending-cap", &["due"]),
    key("ny-pending-reserve", &["due"]),
    key("ca-monthly-net-disposable-income", &[]),
    key("ca-higher-earner", &["parent"]),
    key("ca-total-net-income", &[]),
    key("ca-higher-earner-time", &[]),
    key("ca-fraction", &[]),
    key("ca-k", &[]),
    key("ca-one-child", &[]),
    key("ca-multiplier", &["children"]),
    key("ca-low-income-not-applied", &[]),
    key("ca-add-ons-not-included", &[]),
    key("ca-unused-fields", &["fields"]),
    key("ga-monthly-gross-income", &[]),
    key("ga-preexisting-orders", &[]),
    key("ga-theoretical-order-line", &[]),
    key("ga-theoretical-order", &["parent"]),
    key("ga-adjusted-gross-income", &[]),
    key("ga-combined-adjusted-income", &[]),
    key("ga-no-income", &[]),
    key("ga-basic-obligation", &["children"]),
    key("ga-high-income", &["limit"]),
    key("ga-pro-rata-share", &[]),
    key("ga-share-of-basic", &[]),
    key("ga-noncustodial-parent", &["parent"]),
    key("ga-parenting-time-adjustment", &[]),
    key("ga-after-parenting-time", &[]),
    key("ga-parenting-time-not-applied", &[]),
    key("ga-add-ons-paid", &[]),
    key("ga-add-ons-share", &[]),
    key("ga-add-ons-paid-by-ncp", &[]),
    key("ga-presumptive-amount", &[]),
    key("ga-low-income-line", &[]),
    key("ga-low-income", &["children", "parent"]),
    key("ga-unused-fields", &["fields"]),
    key("de-pending-allowance", &["due"]),
    // Modification eligibility (`modification_eligibility`): its reasons.
    key("common-mod-may-ask-anyway", &[]),
    key(
        "tx-mod-three-years-and-threshold",
        &["difference", "months", "threshold"],
    ),
    key(
        "tx-mod-three-years-below-threshold",
        &["difference", "months", "threshold"],
    ),
    key("tx-mod-under-three-years", &["months"]),
    key("tx-mod-material-change", &[]),
    key("tx-mod-agreed-order", &[]),
    key("ny-mod-three-years", &["months"]),
    key("ny-mod-under-three-years", &["months"]),
    key("ny-mod-income-not-given", &[]),
    key("ny-mod-income-up", &["percent"]),
    key("ny-mod-income-from-none", &[]),
    key("ny-mod-income-down", &["percent"]),
    key("ny-mod-income-small-change", &["percent"]),
    key("ny-mod-opt-out", &[]),
    key("ny-mod-substantial-change", &[]),
    key("wi-mod-33-months", &["months"]),
    key("wi-mod-under-33-months", &["months"]),
    key("wi-mod-threshold", &["difference", "threshold"]),
    key("wi-mod-below-threshold", &["difference", "threshold"]),
    key("wi-mod-substantial-change", &[]),
    key("de-mod-after-30-months", &["months"]),
    key("de-mod-within-30-months", &["months"]),
    key("de-mod-more-than-ten-percent", &["difference", "threshold"]),
    key("de-mod-substantial-change", &[]),
    key("de-mod-ten-percent-or-less", &["difference", "threshold"]),
    key("ca-mod-threshold", &["difference", "threshold"]),
    key("ca-mod-below-threshold", &["difference", "threshold"]),
    key("ca-mod-material-change", &[]),
    key("ga-mod-substantial-change", &[]),
    key("ga-mod-phase-in-one-year", &[]),
    key("ga-mod-phase-in-two-years", &[]),
    key("ga-mod-two-year-bar", &[]),
];

/// The app's copy of [`MESSAGE_KEYS`], as TypeScript.
#[cfg(test)]
pub(crate) fn typescript() -> String {
    let mut out = String::from(
        "// Generated from MESSAGE_KEYS in crates/guidelines/src/messages.rs by\n\
         // `cargo test -p guidelines --features ts`. Do not edit.\n\n\
         /** Every worksheet line and note key the calculator uses, with its argument names. */\n\
         export const WORKSHEET_KEYS: Readonly<Record<string, readonly string[]>> = {\n",
    );
    for m in MESSAGE_KEYS {
        let args: Vec<String> = m.args.iter().map(|a| format!("\"{a}\"")).collect();
        out.push_str(&format!("  \"{}\": [{}],\n", m.key, args.join(", ")));
    }
    out.push_str("};\n");
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn keys_are_unique_kebab_case_prefixed_and_args_sorted() {
        let mut seen = BTreeSet::new();
        for m in MESSAGE_KEYS {
            assert!(seen.insert(m.key), "{} twice", m.key);
            assert!(
                ["common-", "tx-", "wi-", "ny-", "ca-", "ga-", "de-"]
                    .iter()
                    .any(|p| m.key.starts_with(p)),
                "{}",
                m.key
            );
            assert!(
                m.key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{}",
                m.key
            );
            assert!(m.args.is_sorted(), "{}", m.key);
        }
    }

    /// The app's `worksheetKeys.ts` matches this list: written with `--features ts` (like
    /// the other bindings), checked without.
    #[test]
    fn the_apps_copy_is_current() {
        let path =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/l10n/worksheetKeys.ts");
        let want = typescript();
        if cfg!(feature = "ts") {
            if std::fs::read_to_string(&path).ok().as_deref() != Some(want.as_str()) {
                std::fs::write(&path, &want).unwrap();
            }
        } else {
            let have = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                have == want,
                "{} is out of date: run cargo test -p guidelines --features ts",
                path.display()
            );
        }
    }
}
