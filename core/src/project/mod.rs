//! The `project/1` document: an IT project proposal, with the field names of PRODUCT.md.

use crate::date::Date;
use crate::doc::{self, Document, Limits, Parsed};
use crate::error::Error;
use crate::i18n::Name;
use crate::model::YearSpan;
use crate::vocab::{Hosting, Scope, Term, Vocabulary};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

macro_rules! vocab {
    ($(#[$m:meta])* $name:ident ($label:literal) { $($variant:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[doc = concat!("The values of `", $label, "` in `project/1`.")]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $(#[doc = concat!("`", $s, "`")] $variant),+ }
        impl Vocabulary for $name {
            const NAME: &'static str = $label;
            const ALL: &'static [&'static str] = &[$($s),+];
            fn parse(s: &str) -> Option<Self> { match s { $($s => Some(Self::$variant),)+ _ => None } }
            fn as_str(self) -> &'static str { match self { $(Self::$variant => $s),+ } }
        }
    };
}

vocab! {
    /// What a component is.
    ComponentKind ("component kind") {
        Portal = "portal", OnlineService = "online-service", OneStop = "one-stop", Application = "application",
        Database = "database", Platform = "platform", MobileApp = "mobile-app", Email = "email",
        Infrastructure = "infrastructure", Network = "network", Security = "security", Other = "other",
    }
}

vocab! { Stage ("stage") { Feasibility = "feasibility", EconTechReport = "econ-tech-report", BasicDesign = "basic-design", DetailedDesign = "detailed-design", OutlineEstimate = "outline-estimate" } }
vocab! { InvestmentGroup ("investment group") { A = "A", B = "B", C = "C" } }
vocab! { Funding ("funding") { DevelopmentInvestment = "development-investment", RegularExpenditure = "regular-expenditure", Other = "other" } }
vocab! { ComponentStatus ("component status") { New = "new", Upgrade = "upgrade", Replace = "replace" } }
vocab! {
    /// The class of system by whom it serves (NĐ 85/2016 Art. 6.2).
    Serves ("serves") { Internal = "internal", CitizensBusinesses = "citizens-businesses", Infrastructure = "infrastructure", IndustrialControl = "industrial-control", Other = "other" }
}
vocab! { Connectivity ("connectivity") { Tslcd = "tslcd", Internet = "internet", LanOnly = "lan-only" } }
vocab! {
    /// Information classes (NĐ 85/2016 Art. 6.1), with sensitive personal data apart.
    Information ("information") { Public = "public", Private = "private", Personal = "personal", PersonalSensitive = "personal-sensitive", StateSecret = "state-secret" }
}
vocab! { StaffAuth ("auth.staff") { CentralSso = "central-sso", LocalAccounts = "local-accounts", None = "none" } }
vocab! { CitizenAuth ("auth.citizens") { NationalEid = "national-eid", CentralSso = "central-sso", LocalAccounts = "local-accounts", None = "none" } }
vocab! {
    /// Online public service level (ND 42/2022: full = toàn trình, partial = một phần).
    ServiceLevel ("online_service.level") { Full = "full", Partial = "partial" }
}
vocab! { Via ("via") { Lgsp = "lgsp", Ngsp = "ngsp", Vxp = "vxp", Direct = "direct" } }
vocab! { Monitoring ("security.monitoring") { ProvincialSoc = "provincial-soc", NationalSoc = "national-soc", Own = "own", None = "none" } }
vocab! { Signature ("security.digital_signature") { GovernmentCa = "government-ca", PublicCa = "public-ca", RemoteSigning = "remote-signing", None = "none" } }

/// A `project/1` document.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ProjectDoc {
    /// Always `project/1`.
    pub kientruc: String,
    /// The project's id, used in reports and acceptances.
    pub id: String,
    /// The project's name.
    #[serde(default)]
    pub name: Name,
    /// The system owner (chủ quản): an agency e-ID code or a baseline element id.
    #[serde(default)]
    pub owner: Option<String>,
    /// The investor (chủ đầu tư): an agency e-ID code, an element id or a name.
    #[serde(default)]
    pub investor: Option<String>,
    /// The baseline the project names (a built-in name); the caller may override it.
    #[serde(default)]
    pub baseline: Option<String>,
    /// The appraisal date: the default check date.
    #[serde(default)]
    pub appraisal_date: Option<Date>,
    /// The investment stage of the dossier.
    #[serde(default)]
    pub stage: Option<Term<Stage>>,
    /// The years the project runs.
    #[serde(default)]
    pub phase: Option<YearSpan>,
    /// The digital transformation plan (5-year or annual) the project implements, as the dossier
    /// names it: its number, date and item, free text (CONF-21; NĐ 224/2026/NĐ-CP khoản 1
    /// Điều 45).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    /// Investment group, budget, funding and decision date.
    #[serde(default)]
    pub investment: Option<Investment>,
    /// What the project builds, upgrades or replaces.
    #[serde(default)]
    pub components: Vec<Component>,
    /// The project's data stores.
    #[serde(default)]
    pub data: Vec<DataStore>,
    /// The data exchanges between components and baseline elements.
    #[serde(default)]
    pub integrations: Vec<Integration>,
    /// The security plan.
    #[serde(default)]
    pub security: Option<SecurityPlan>,
    /// What the design documents contain (NĐ 224/2026/NĐ-CP Điều 23, 46–47; CONF-16, CONF-17).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub design: Option<Design>,
    /// How personal data is protected, for every component that processes it unless the
    /// component declares its own (CONF-15).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personal_data: Option<PersonalData>,
    /// The proposal's justifications (giải trình) of rules it does not meet.
    #[serde(default)]
    pub waivers: Vec<Waiver>,
}

/// What the design documents of the proposal contain (NĐ 224/2026/NĐ-CP Điều 23, 46, 47). Each
/// item: `true` = the dossier contains it, `false` = it does not, absent = not stated.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Design {
    /// The analysis of compliance with the national digital architecture framework or the
    /// agency's digital architecture framework (Điều 46, 47).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub architecture_compliance: Option<bool>,
    /// The system's position and its connection and integration with other digital systems in
    /// the agency's architecture (điểm a khoản 3 Điều 23; Điều 46, 47).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position_in_architecture: Option<bool>,
    /// The requirements on IPv6 readiness (Điều 46, 47).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6_readiness: Option<bool>,
    /// The cyber-security option (Điều 46, 47).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_option: Option<bool>,
    /// The overall model (mô hình tổng thể) (Điều 46, 47).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overall_model: Option<bool>,
    /// The logical model (mô hình lô-gic) (Điều 46, 47).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logical_model: Option<bool>,
    /// The physical model (mô hình vật lý) (Điều 46, 47).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub physical_model: Option<bool>,
    /// The data-entity model (điểm a khoản 5 Điều 23), for projects that keep data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_entity_model: Option<bool>,
    /// Cloud computing was considered as the first solution (điểm a khoản 2 Điều 23).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_considered: Option<bool>,
}

/// How a component meets the personal-data law in force (CONF-15). Each item: `true` = in
/// place or planned in the proposal, `false` = not, absent = not stated.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct PersonalData {
    /// The oversight mechanism a state body sets up when it processes personal data without
    /// consent for its state functions (Luật 91/2025/QH15 khoản 2 Điều 19).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oversight: Option<bool>,
    /// A designated unit or staff qualified to protect personal data, or a hired service
    /// (khoản 2 Điều 33).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protection_unit: Option<bool>,
    /// A procedure to notify a breach within 72 hours (khoản 1 Điều 23).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breach_notification_72h: Option<bool>,
}

impl Document for ProjectDoc {
    const KIND: &'static str = "project/1";
    fn kind_tag(&self) -> &str {
        &self.kientruc
    }
    fn exceeds(&self, limits: &Limits) -> Option<(&'static str, usize, usize)> {
        let n = self.components.len();
        (n > limits.max_components).then_some(("max_components", limits.max_components, n))
    }
}

/// The investment of a project.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Investment {
    /// The investment group (Law on Public Investment).
    #[serde(default)]
    pub group: Option<Term<InvestmentGroup>>,
    /// The total investment or estimate, in VND.
    #[serde(default)]
    pub budget_vnd: Option<u64>,
    /// The source of funds.
    #[serde(default)]
    pub funding: Option<Term<Funding>>,
    /// The date of the investment decision (quyết định đầu tư), when the project has one. It
    /// decides the transitional regimes (NĐ 224/2026 Điều 91 khoản 2; NĐ 331/2026 Điều 39 khoản 1);
    /// absent, the project is taken as not yet decided on the check date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_date: Option<Date>,
}

/// What the project builds, upgrades or replaces.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Component {
    /// The component's id within the project.
    pub id: String,
    /// What kind of system it is.
    pub kind: Term<ComponentKind>,
    /// The component's name.
    #[serde(default)]
    pub name: Name,
    /// Reference-model codes.
    #[serde(default)]
    pub codes: Vec<String>,
    /// Baseline elements this component realises or extends.
    #[serde(default)]
    pub maps_to: Vec<String>,
    /// New, upgrade or replacement.
    #[serde(default)]
    pub status: Option<Term<ComponentStatus>>,
    /// The baseline element this component replaces.
    #[serde(default)]
    pub replaces: Option<String>,
    /// The administrative level it serves (province, district, commune).
    #[serde(default)]
    pub scope: Option<Term<Scope>>,
    /// Who uses it (citizens, staff, both).
    #[serde(default)]
    pub serves: Option<Term<Serves>>,
    /// Where it is hosted.
    #[serde(default)]
    pub hosting: Option<Term<Hosting>>,
    /// The network it is connected to.
    #[serde(default)]
    pub connectivity: Option<Term<Connectivity>>,
    /// Whether it is reachable from the internet.
    #[serde(default)]
    pub internet_facing: Option<bool>,
    /// Whether it supports IPv6.
    #[serde(default)]
    pub ipv6: Option<bool>,
    /// Whether it must run 24 hours a day, 7 days a week.
    #[serde(default)]
    pub operation_24x7: Option<bool>,
    /// Declared security level, 1–5.
    #[serde(default)]
    pub security_level: Option<u8>,
    /// The kinds of information it processes.
    #[serde(default)]
    pub information: Vec<Term<Information>>,
    /// How many people's personal data it processes.
    #[serde(default)]
    pub personal_data_subjects: Option<u64>,
    /// How staff and citizens sign in.
    #[serde(default)]
    pub auth: Option<Auth>,
    /// The technical standards it declares.
    #[serde(default)]
    pub standards: Vec<String>,
    /// Shared e-catalogues used (`admin-units`, `agency-eid`, or names the baseline defines).
    #[serde(default)]
    pub catalogues: Vec<String>,
    /// For an online public service: its level.
    #[serde(default)]
    pub online_service: Option<OnlineService>,
    /// The function the component serves (one of the framework's `functions`, or its label), for
    /// duplication checks (CONF-02). When absent it is inferred from the kind, else the name.
    #[serde(default)]
    pub function: Option<String>,
    /// The baseline element this component is a part of, e.g. a commune website as a component
    /// of the provincial portal (NĐ 224/2026/NĐ-CP khoản 1 Điều 11; CONF-18).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
    /// How this component protects personal data (CONF-15); overrides the project's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personal_data: Option<PersonalData>,
    /// Whether a level 3–4 system hosted on a rented data centre or cloud is designed logically
    /// separate from other systems (NĐ 331/2026/NĐ-CP khoản 8 Điều 30; CONF-20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logical_separation: Option<bool>,
}

impl Component {
    /// The kind, when it is a known value.
    pub fn kind(&self) -> Option<ComponentKind> {
        self.kind.known()
    }
}

/// How a component authenticates its users.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Auth {
    /// Staff sign-in.
    #[serde(default)]
    pub staff: Option<Term<StaffAuth>>,
    /// Citizens' sign-in.
    #[serde(default)]
    pub citizens: Option<Term<CitizenAuth>>,
}

/// An online public service's declaration.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct OnlineService {
    /// Full (toàn trình) or partial (một phần).
    #[serde(default)]
    pub level: Option<Term<ServiceLevel>>,
}

/// A data store of the project.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct DataStore {
    /// The store's id within the project.
    pub id: String,
    /// The component holding the store.
    #[serde(default)]
    pub component: Option<String>,
    /// A data reference domain: a framework data-domain id or a DRM code.
    #[serde(default)]
    pub domain: Option<String>,
    /// Master data the store keeps, by national name (`population`, `land`, ...).
    #[serde(default)]
    pub master: Vec<String>,
    /// The national database this store is the provincial part of (`national:<name>`), where the
    /// law builds that database from provincial parts (CONF-03).
    #[serde(default)]
    pub part_of: Option<String>,
}

/// A data exchange.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Integration {
    /// The sending component or baseline element.
    pub from: String,
    /// The receiving component or baseline element.
    pub to: String,
    /// The platform the exchange goes through (LGSP, NGSP, direct).
    #[serde(default)]
    pub via: Option<Term<Via>>,
    /// The protocol, e.g. `REST`.
    #[serde(default)]
    pub protocol: Option<String>,
    /// The data format, e.g. `JSON`.
    #[serde(default)]
    pub format: Option<String>,
}

impl Integration {
    /// `from->to`, the exchange's subject in reports.
    pub fn key(&self) -> String {
        format!("{}->{}", self.from, self.to)
    }
}

/// The project's security plan.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct SecurityPlan {
    /// Whether there is a disaster-recovery plan.
    #[serde(default)]
    pub dr_plan: Option<bool>,
    /// Whether data is backed up.
    #[serde(default)]
    pub backup: Option<bool>,
    /// How the systems are monitored.
    #[serde(default)]
    pub monitoring: Option<Term<Monitoring>>,
    /// Which digital signatures are used.
    #[serde(default)]
    pub digital_signature: Option<Term<Signature>>,
}

/// A justification (giải trình) for not meeting a rule on a subject (or on every subject).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Waiver {
    /// The rule justified, e.g. `CONF-11`.
    pub rule: String,
    /// The finding's subject; absent: every subject of the rule.
    #[serde(default)]
    pub subject: Option<String>,
    /// Why the rule is not met.
    #[serde(default)]
    pub reason: String,
}

/// The commented project template `kientruc init` writes (a valid `project/1` document).
pub const TEMPLATE: &str = include_str!("../../data/templates/project.json");

/// A parsed project and the paths of its unknown fields.
#[derive(Debug, Clone)]
pub struct Project {
    /// The document as read.
    pub doc: ProjectDoc,
    /// The JSON paths of fields the format does not define.
    pub unknown_fields: Vec<String>,
}

impl Project {
    /// Parses a `project/1` document under the default [`Limits`].
    pub fn from_json(bytes: &[u8], source_name: &str) -> Result<Project, Error> {
        Self::from_json_with(bytes, source_name, &Limits::default())
    }

    /// [`Project::from_json`] with other [`Limits`].
    pub fn from_json_with(
        bytes: &[u8],
        source_name: &str,
        limits: &Limits,
    ) -> Result<Project, Error> {
        let Parsed {
            value,
            unknown_fields,
        } = doc::parse::<ProjectDoc>(bytes, source_name, limits)?;
        Ok(Project {
            doc: value,
            unknown_fields,
        })
    }

    /// The component with this id.
    pub fn component(&self, id: &str) -> Option<&Component> {
        self.doc.components.iter().find(|c| c.id == id)
    }
}
