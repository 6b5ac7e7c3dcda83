//! Identifier codes: agency e-ID codes (QCVN 102:2016/BTTTT), administrative unit codes
//! (QĐ 124/2004/QĐ-TTg) and reference-model codes (`<PREFIX><nnn>(.<nnn>)*`).

mod admin_unit;
mod eid;
mod refcode;

pub use admin_unit::{AdminLevel, AdminUnitCode};
pub use eid::{AgencyEid, EidGroup};
pub use refcode::RefCode;
