//! The Content-Security-Policy of this build, for every host: the policy of
//! `deploy/csp.txt` with the hashes of what the pages carry inline, written
//! into the Netlify/Cloudflare Pages `_headers` file and into an nginx
//! snippet the server block includes.

/// The policy, with `@INLINE_SCRIPTS@` and `@INLINE_STYLES@` to fill.
const POLICY: &str = include_str!("../../../deploy/csp.txt");
/// `_headers` with `@CSP@` to fill.
const HEADERS: &str = include_str!("../../../deploy/_headers");

/// The policy allowing exactly these inline scripts and styles (their
/// `'sha256-…'` sources).
pub fn policy(scripts: &[String], styles: &[String]) -> String {
    POLICY
        .trim()
        .replace("@INLINE_SCRIPTS@", &scripts.join(" "))
        .replace("@INLINE_STYLES@", &styles.join(" "))
}

/// What the site's policy says of framing, and what embed pages say instead.
const NO_FRAMING: &str = "frame-ancestors 'none'";
const ANY_FRAMING: &str = "frame-ancestors *";

/// The policy of embed pages (`/nhung/<id>`): the same, but any site may
/// frame them. Every other page keeps `frame-ancestors 'none'`.
pub fn embed_policy(policy: &str) -> String {
    assert!(
        policy.contains(NO_FRAMING),
        "deploy/csp.txt must forbid framing"
    );
    policy.replace(NO_FRAMING, ANY_FRAMING)
}

/// `dist/_headers`.
pub fn headers_file(policy: &str) -> String {
    HEADERS
        .replace("@CSP@", policy)
        .replace("@EMBED_CSP@", &embed_policy(policy))
}

/// `dist/csp.nginx`: the policies as the variables `site.conf` sends.
pub fn nginx_file(policy: &str) -> String {
    format!(
        "# Written by the build (crates/prerender): this build's Content-Security-Policy,\n# and the embed pages' (which any site may frame).\nset $tinso_csp \"{policy}\";\nset $tinso_embed_csp \"{}\";\n",
        embed_policy(policy)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hashes_go_in_their_directives() {
        let policy = policy(
            &["'sha256-a'".into()],
            &["'sha256-b'".into(), "'sha256-c'".into()],
        );
        assert!(
            policy.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-a';"),
            "{policy}"
        );
        assert!(
            policy.contains("style-src 'self' 'sha256-b' 'sha256-c';"),
            "{policy}"
        );
        assert!(!policy.contains('@') && !policy.contains("unsafe-inline"));
        assert!(headers_file(&policy).contains(&format!("Content-Security-Policy: {policy}\n")));
        // Embed pages alone may be framed, by any site.
        let embed = embed_policy(&policy);
        assert!(embed.ends_with("frame-ancestors *") && !embed.contains("frame-ancestors 'none'"));
        assert_eq!(embed.replace(" *", " 'none'"), policy);
        let headers = headers_file(&policy);
        let embed_rule = &headers[headers.find("/nhung/*").unwrap()..];
        assert!(embed_rule.contains(&format!(
            "  ! Content-Security-Policy\n  Content-Security-Policy: {embed}\n"
        )));
        assert!(nginx_file(&policy).contains(&format!("set $tinso_embed_csp \"{embed}\";")));
        assert!(nginx_file(&policy).contains(&format!("set $tinso_csp \"{policy}\";")));
        assert!(
            !policy.contains('"'),
            "the policy must stand in nginx's quotes"
        );
    }
}
