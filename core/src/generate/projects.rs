//! Synthetic portfolios of proposals against the default baseline: commune, district and
//! provincial projects with the mix of good and bad choices an appraisal office sees (direct
//! connections, missing IPv6, local accounts, no recovery plan, components outside the
//! architecture), so that a portfolio reaches every level.

use super::rng::Rng;
use serde_json::{Value, json};

/// (component kind, baseline elements a component of that kind may map to).
const TARGETS: [(&str, &[&str]); 4] = [
    (
        "portal",
        &["provincial:portal", "commune:hanh-minh:website"],
    ),
    (
        "application",
        &["provincial:document-management", "provincial:reporting"],
    ),
    ("database", &["provincial:sector-databases"]),
    ("online-service", &["service:online-public-services"]),
];

const OWNERS: [(&str, &str, &str); 4] = [
    ("agency:ubnd-hanh-minh", "UBND xã Hành Minh", "commune"),
    ("agency:ubnd-phuoc-giang", "UBND xã Phước Giang", "commune"),
    ("agency:ubnd-binh-son", "UBND huyện Bình Sơn", "district"),
    ("agency:ubnd-quang-ngai", "UBND tỉnh Quảng Ngãi", "province"),
];

const STANDARDS: [&str; 6] = [
    "HTTP/1.1",
    "HTML5",
    "TLS 1.2",
    "UTF-8",
    "TCVN 6909:2001",
    "WCAG 2.0",
];

const SUBJECTS: [&str; 6] = [
    "Nâng cấp",
    "Xây dựng mới",
    "Mở rộng",
    "Thuê dịch vụ",
    "Hoàn thiện",
    "Số hóa",
];

/// Proposal `i` of a portfolio.
fn proposal(rng: &mut Rng, i: usize) -> Value {
    let (owner, investor, scope) = *rng.pick(&OWNERS);
    let (kind, targets) = *rng.pick(&TARGETS);
    let mapped = rng.chance(0.85);
    let internet = matches!(kind, "portal" | "online-service") || rng.chance(0.2);
    let year = 2024 + rng.below(3) as u16;
    let standards: Vec<&str> = STANDARDS
        .iter()
        .copied()
        .filter(|_| rng.chance(0.8))
        .collect();
    let mut component = json!({
        "id": "c1",
        "kind": kind,
        "name": format!("{} {kind} — {investor} (đề xuất {i})", rng.pick(&SUBJECTS)),
        "status": if mapped { "upgrade" } else { "new" },
        "scope": scope,
        "serves": if internet { "citizens-businesses" } else { "internal" },
        "hosting": if rng.chance(0.85) { "provincial-data-center" } else { "agency-premises" },
        "internet_facing": internet,
        "security_level": 1 + rng.below(3),
        "information": [if internet { "public" } else { "private" }],
        "auth": {
            "staff": if rng.chance(0.8) { "central-sso" } else { "local-accounts" },
            "citizens": if internet { "national-eid" } else { "none" },
        },
        "standards": standards,
    });
    if mapped {
        component["maps_to"] = json!([rng.pick(targets)]);
    }
    if internet {
        component["ipv6"] = json!(rng.chance(0.8));
    }
    if kind == "database" {
        component["codes"] = json!(["DRM001.002"]);
    }
    let mut integrations = Vec::new();
    if rng.chance(0.5) {
        let via = if rng.chance(0.8) { "lgsp" } else { "direct" };
        integrations.push(json!({
            "from": "c1", "to": "national:population", "via": via,
            "protocol": "HTTPS", "format": "JSON",
        }));
    }
    let budget = [80_000_000u64, 120_000_000, 450_000_000, 1_500_000_000][rng.below(4)];
    json!({
        "kientruc": "project/1",
        "id": format!("proposal-{i:06}"),
        "name": format!("Dự án {kind} của {investor}, năm {year} (số {i})"),
        "owner": owner,
        "investor": investor,
        "baseline": crate::baseline::DEFAULT,
        "appraisal_date": format!("{year}-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28)),
        "stage": if budget > 500_000_000 { "feasibility" } else { "econ-tech-report" },
        "phase": {"start": year, "end": year + rng.below(2) as u16},
        "investment": {
            "group": "C",
            "budget_vnd": budget,
            "funding": if budget > 500_000_000 { "development-investment" } else { "regular-expenditure" },
        },
        "components": [component],
        "data": [],
        "integrations": integrations,
        "security": {
            "dr_plan": rng.chance(0.85),
            "backup": true,
            "monitoring": if rng.chance(0.9) { "provincial-soc" } else { "none" },
            "digital_signature": "government-ca",
        },
        "waivers": [],
    })
}

pub(super) fn generate(count: usize, seed: u64) -> Vec<Value> {
    let mut rng = Rng::new(seed);
    (0..count).map(|i| proposal(&mut rng, i)).collect()
}
