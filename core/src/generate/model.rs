//! The synthetic national model: a national tier, provinces, and units (departments, communes and
//! wards) with their systems, wired as the framework allows, plus defects injected at known places.

use super::names::{self, DEPARTMENTS};
use super::rng::Rng;
use super::{Injected, ModelSpec};
use crate::i18n::Name;
use crate::model::{Element, ModelDoc, Relation};
use crate::vocab::{Hosting, Lifecycle, Scope, Term};

const DATABASES: [(&str, &str); 4] = [
    ("Cơ sở dữ liệu hộ tịch", "society"),
    ("Cơ sở dữ liệu đất đai", "resource-management"),
    ("Cơ sở dữ liệu cán bộ, công chức", "state-agency-support"),
    ("Cơ sở dữ liệu hộ kinh doanh", "economy-society"),
];

const PROCEDURES: [&str; 6] = [
    "Đăng ký khai sinh",
    "Đăng ký kết hôn",
    "Chứng thực bản sao từ bản chính",
    "Cấp giấy phép xây dựng",
    "Đăng ký hộ kinh doanh",
    "Cấp phiếu lý lịch tư pháp",
];

/// Elements a unit adds; see [`Builder::unit`].
const UNIT_ELEMENTS: usize = 8;
/// Elements per province before its units.
const PROVINCE_ELEMENTS: usize = 6;
/// The number of provinces of the national roll-up (the 34 provincial-level units since 2025).
const MAX_PROVINCES: usize = 34;

struct Builder {
    doc: ModelDoc,
    rng: Rng,
}

/// The ids of one unit's elements, kept for defect injection.
struct Unit {
    agency: usize,
    app: String,
    module: String,
    db: usize,
}

impl Builder {
    fn element(&mut self, id: &str, kind: &str, name: String) -> &mut Element {
        self.doc.elements.push(Element {
            id: id.to_string(),
            kind: kind.to_string(),
            name: Name::Plain(name),
            ..Element::default()
        });
        self.doc.elements.last_mut().expect("just pushed")
    }

    /// A system element with the properties framework 2.0 requires of it.
    fn system(
        &mut self,
        id: &str,
        kind: &str,
        name: String,
        owner: &str,
        level: u8,
        (hosting, scope): (Hosting, Scope),
    ) -> &mut Element {
        let e = self.element(id, kind, name);
        e.owner = Some(owner.to_string());
        e.security_level = Some(level);
        e.hosting = Some(Term::Known(hosting));
        e.lifecycle = Some(Term::Known(Lifecycle::Existing));
        e.scope = Some(Term::Known(scope));
        e
    }

    fn relation(&mut self, from: &str, kind: &str, to: &str) {
        self.relation_via(from, kind, to, None);
    }

    fn relation_via(&mut self, from: &str, kind: &str, to: &str, via: Option<&str>) {
        self.doc.relations.push(Relation {
            from: from.to_string(),
            to: to.to_string(),
            kind: kind.to_string(),
            via: via.map(str::to_string),
            ..Relation::default()
        });
    }

    fn national(&mut self) {
        let nat = Scope::National;
        let a = self.element(
            "vn-agency",
            "agency",
            "Cơ quan chủ quản các nền tảng quốc gia (tổng hợp)".into(),
        );
        a.scope = Some(Term::Known(nat));
        let dc = Hosting::NationalDataCenter;
        self.system(
            "vn-ndxp",
            "platform",
            "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia".into(),
            "vn-agency",
            4,
            (dc, nat),
        );
        self.system(
            "vn-portal",
            "portal",
            "Cổng Dịch vụ công quốc gia".into(),
            "vn-agency",
            4,
            (dc, nat),
        );
        let db = self.system(
            "vn-population-db",
            "database",
            "Cơ sở dữ liệu quốc gia về dân cư".into(),
            "vn-agency",
            5,
            (dc, nat),
        );
        db.data_domain = Some("society".into());
        for to in ["vn-ndxp", "vn-portal", "vn-population-db"] {
            self.relation("vn-agency", "owns", to);
        }
    }

    fn province(&mut self, p: usize) -> String {
        let id = format!("p{:02}", p + 1);
        let place = format!("tỉnh {}", names::place(p));
        let a = self.element(&id, "agency", format!("Ủy ban nhân dân {place}"));
        a.eid = Some(format!("000.00.00.H{:02}", p + 1));
        a.scope = Some(Term::Known(Scope::Province));
        let (dc, pr) = (Hosting::ProvincialDataCenter, Scope::Province);
        let lgsp = format!("{id}-lgsp");
        let center = format!("{id}-dc");
        let net = format!("{id}-net");
        let portal = format!("{id}-portal");
        let onestop = format!("{id}-one-stop");
        self.system(
            &lgsp,
            "platform",
            format!("Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) {place}"),
            &id,
            3,
            (dc, pr),
        );
        self.system(
            &center,
            "infrastructure",
            format!("Trung tâm dữ liệu {place}"),
            &id,
            3,
            (dc, pr),
        );
        self.system(
            &net,
            "network",
            format!("Mạng truyền số liệu chuyên dùng {place}"),
            &id,
            3,
            (dc, pr),
        );
        self.system(
            &portal,
            "portal",
            format!("Cổng thông tin điện tử {place}"),
            &id,
            2,
            (dc, pr),
        );
        self.system(
            &onestop,
            "one-stop",
            format!("Hệ thống thông tin giải quyết thủ tục hành chính {place}"),
            &id,
            3,
            (dc, pr),
        );
        for to in [&lgsp, &center, &net, &portal, &onestop] {
            self.relation(&id, "owns", to);
        }
        for to in [&lgsp, &portal, &onestop] {
            self.relation(&center, "hosts", to);
        }
        self.relation(&net, "part-of", &center);
        self.relation(&portal, "serves", &id);
        self.relation_via(&lgsp, "exchanges-data-with", "vn-ndxp", Some("vn-ndxp"));
        self.relation_via(&onestop, "exchanges-data-with", "vn-portal", Some(&lgsp));
        id
    }

    /// Unit `k` of province `p` (id `province`): a department for the first few, then communes
    /// and wards. Adds [`UNIT_ELEMENTS`] elements and 18 relations.
    fn unit(&mut self, p: usize, province: &str, k: usize) -> Unit {
        let id = format!("{province}-u{k:05}");
        let place = format!("tỉnh {}", names::place(p));
        let (title, eid) = match DEPARTMENTS.get(k) {
            Some(d) => (
                format!("{d} {place}"),
                format!("000.00.{:02}.H{:02}", k + 1, p + 1),
            ),
            None => {
                let s = k - DEPARTMENTS.len();
                let level = if s % 5 == 0 { "phường" } else { "xã" };
                let title = format!("Ủy ban nhân dân {level} {}, {place}", names::place(s));
                (
                    title,
                    format!("{:03}.{:02}.99.H{:02}", s / 100 % 1000, s % 100, p + 1),
                )
            }
        };
        let agency = self.doc.elements.len();
        let a = self.element(&id, "agency", title.clone());
        a.eid = Some(eid);
        a.scope = Some(Term::Known(Scope::Agency));
        let (on, sc) = (Hosting::AgencyPremises, Scope::Agency);
        let [portal, app, module, db, svc1, svc2, lan] =
            ["portal", "app", "app-sign", "db", "svc1", "svc2", "lan"].map(|s| format!("{id}-{s}"));
        self.system(
            &portal,
            "portal",
            format!("Trang thông tin điện tử {title}"),
            &id,
            1,
            (on, sc),
        );
        self.system(
            &app,
            "application",
            format!("Hệ thống quản lý văn bản và điều hành {title}"),
            &id,
            2,
            (on, sc),
        );
        self.system(
            &module,
            "application",
            format!("Phân hệ ký số {title}"),
            &id,
            2,
            (on, sc),
        );
        let (label, domain) = *self.rng.pick(&DATABASES);
        let db_index = self.doc.elements.len();
        let d = self.system(
            &db,
            "database",
            format!("{label} {title}"),
            &id,
            2,
            (on, sc),
        );
        d.data_domain = Some(domain.to_string());
        let first = self.rng.below(PROCEDURES.len());
        let second = (first + 1 + self.rng.below(PROCEDURES.len() - 1)) % PROCEDURES.len();
        for (svc, proc_) in [(&svc1, first), (&svc2, second)] {
            let name = format!("Dịch vụ công trực tuyến {} — {title}", PROCEDURES[proc_]);
            let s = self.element(svc, "online-service", name);
            s.owner = Some(id.clone());
        }
        self.system(
            &lan,
            "infrastructure",
            format!("Mạng nội bộ {title}"),
            &id,
            1,
            (on, sc),
        );
        self.relation(&id, "part-of", province);
        for to in [&portal, &app, &db, &lan] {
            self.relation(&id, "owns", to);
        }
        for to in [&portal, &app, &module, &db] {
            self.relation(&lan, "hosts", to);
        }
        self.relation(&portal, "serves", &id);
        self.relation(&app, "uses", &db);
        self.relation(&module, "uses", &db);
        self.relation(&app, "realises", &svc1);
        self.relation(&app, "realises", &svc2);
        self.relation(&module, "part-of", &app);
        let lgsp = format!("{province}-lgsp");
        self.relation_via(
            &app,
            "exchanges-data-with",
            &format!("{province}-one-stop"),
            Some(&lgsp),
        );
        self.relation_via(&db, "exchanges-data-with", "vn-population-db", Some(&lgsp));
        self.relation(&lan, "part-of", &format!("{province}-net"));
        Unit {
            agency,
            app,
            module,
            db: db_index,
        }
    }
}

pub(super) fn generate(spec: &ModelSpec) -> (ModelDoc, Injected) {
    let n = spec.elements;
    let mut b = Builder {
        doc: ModelDoc::new(
            format!("synthetic-{n}-{}", spec.seed),
            Name::Plain(format!(
                "Mô hình tổng hợp quốc gia (dữ liệu giả lập, {n} phần tử, hạt giống {})",
                spec.seed
            )),
            "vn-egov-2.0",
        ),
        rng: Rng::new(spec.seed),
    };
    b.doc.elements.reserve(n + n / 50);
    b.doc.relations.reserve(n * 9 / 4 + n / 50);
    b.national();
    let provinces = n.div_ceil(30_000).clamp(1, MAX_PROVINCES);
    let ids: Vec<String> = (0..provinces).map(|p| b.province(p)).collect();
    let mut units = Vec::new();
    let mut next = vec![0usize; provinces];
    while b.doc.elements.len() + UNIT_ELEMENTS
        <= n.max(4 + PROVINCE_ELEMENTS * provinces + UNIT_ELEMENTS)
    {
        let p = units.len() % provinces;
        units.push(b.unit(p, &ids[p], next[p]));
        next[p] += 1;
    }
    let want = if spec.defect_rate > 0.0 {
        ((n as f64 * spec.defect_rate).round() as usize).max(1)
    } else {
        0
    };
    let mut injected = Injected::default();
    for i in b.rng.sample(units.len(), want) {
        let u = &units[i];
        let (from, to) = (
            u.app.clone(),
            format!("{}-archive", b.doc.elements[u.db].id),
        );
        b.relation(&from, "uses", &to);
        injected.dangling_references += 1;
    }
    for i in b.rng.sample(units.len(), want) {
        let (from, to) = (b.doc.elements[units[i].db].id.clone(), units[i].app.clone());
        b.relation(&from, "hosts", &to);
        injected.forbidden_relations += 1;
    }
    for i in b.rng.sample(units.len(), want) {
        let (from, to) = (units[i].app.clone(), units[i].module.clone());
        b.relation(&from, "part-of", &to);
        injected.part_of_cycles += 1;
    }
    for i in b.rng.sample(units.len(), want) {
        let mut copy = b.doc.elements[units[i].db].clone();
        copy.id.push_str("-copy");
        copy.name = Name::Plain(names::strip_diacritics(copy.name.primary()));
        b.doc.elements.push(copy);
        injected.duplicate_names += 1;
    }
    for i in b.rng.sample(units.len(), want) {
        if let Some(eid) = &mut b.doc.elements[units[i].agency].eid {
            eid.remove(0);
            injected.invalid_eids += 1;
        }
    }
    (b.doc, injected)
}
