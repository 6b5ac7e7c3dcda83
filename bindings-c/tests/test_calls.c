/* The calls that take integers, options or several reports: every enumeration value out of range
 * gives KT_STATUS_INVALID_ARGUMENT on each call that takes one; limits set in kt_options change
 * the outcome of an oversized input; report properties, level names, the built-in baselines and
 * their export, validations with options, project rule packs, the overall diagram and the batch
 * rendering. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* Checks examples/projects/FILE against `b` with options `o`; NULL on failure. */
static kt_report *check_example(const kt_baseline *b, const char *file, const kt_options *o) {
    char rel[512];
    snprintf(rel, sizeof rel, "examples/projects/%s", file);
    size_t len;
    unsigned char *json = slurp(rel, &len);
    kt_report *r = NULL;
    kt_status s = kt_baseline_check(b, json, len, o, &r);
    if (s != KT_STATUS_OK) fprintf(stderr, "%s: %s\n", file, last_error());
    free(json);
    return r;
}

/* Whether `s` failed as an invalid argument, naming what was unknown, and wrote nothing. */
static int refused(kt_status s, const void *out) {
    const char *code = kt_status_code(s);
    int ok = s == KT_STATUS_INVALID_ARGUMENT && code && strcmp(code, "invalid-argument") == 0 &&
             strstr(last_error(), "unknown") != NULL && out == NULL;
    if (!ok) fprintf(stderr, "status %d (%s), last error '%s'\n", (int)s, code ? code : "NULL", last_error());
    return ok;
}

void test_out_of_range_values(void) {
    kt_baseline *b = NULL;
    CHECK(kt_baseline_default(&b) == KT_STATUS_OK);
    kt_report *r = check_example(b, "point-to-point-land.json", NULL);
    CHECK(r != NULL);
    const kt_report *batch[] = {r};
    kt_options *o = NULL;
    CHECK(kt_options_new(&o) == KT_STATUS_OK);
    /* For each kind: the first value past the last constant, a large one, and the largest. */
    const uint32_t past[] = {0, 1000, UINT32_MAX};
    for (size_t k = 0; k < sizeof past / sizeof past[0]; k++) {
        char *s = NULL;
        const char *c = NULL;
        size_t n = 12345;
        uint32_t format = past[k] ? past[k] : KT_FORMAT_CSV + 1;
        uint32_t field = past[k] ? past[k] : KT_FIELD_ACCEPTED_DATE + 1;
        uint32_t info = past[k] ? past[k] : KT_INFO_REGIME_NAME + 1;
        uint32_t level = past[k] ? past[k] : KT_LEVEL_NOT_ASSESSED + 1;
        uint32_t lang = past[k] ? past[k] : KT_LANG_EN + 1;
        uint32_t limit = past[k] ? past[k] : KT_LIMIT_MAX_COMPONENTS + 1;
        uint32_t diagram = past[k] ? past[k] : KT_DIAGRAM_MERMAID + 1;
        /* Formats. */
        CHECK(refused(kt_report_render(r, format, KT_LANG_VI, &s, NULL), s));
        CHECK(refused(kt_render_many(batch, 1, format, KT_LANG_VI, &s, NULL), s));
        CHECK(refused(kt_diagram(b, NULL, 0, diagram, KT_LANG_VI, NULL, &s, NULL), s));
        /* Fields and report properties. */
        CHECK(refused(kt_report_finding_field(r, 0, field, KT_LANG_VI, &s, NULL), s));
        CHECK(refused(kt_report_info(r, info, KT_LANG_VI, &s, NULL), s));
        /* Levels. */
        CHECK(refused(kt_level_id(level, &c), c));
        CHECK(refused(kt_level_name(level, KT_LANG_VI, &c), c));
        /* Languages, on every call that takes one. */
        CHECK(refused(kt_report_render(r, KT_FORMAT_JSON, lang, &s, NULL), s));
        CHECK(refused(kt_render_many(batch, 1, KT_FORMAT_CSV, lang, &s, NULL), s));
        CHECK(refused(kt_report_finding_field(r, 0, KT_FIELD_MESSAGE, lang, &s, NULL), s));
        CHECK(refused(kt_report_info(r, KT_INFO_SUBJECT_NAME, lang, &s, NULL), s));
        CHECK(refused(kt_report_baseline_choice(r, lang, &s, NULL), s));
        CHECK(refused(kt_level_name(KT_LEVEL_COMPLIANT, lang, &c), c));
        CHECK(refused(kt_diagram(b, NULL, 0, KT_DIAGRAM_SVG, lang, NULL, &s, NULL), s));
        /* Limits: refused, and the options keep their values. */
        CHECK(kt_options_set_limit(o, limit, 1) == KT_STATUS_INVALID_ARGUMENT);
        CHECK(strstr(last_error(), "unknown limit") != NULL);
        CHECK(kt_options_limit(o, limit, &n) == KT_STATUS_INVALID_ARGUMENT && n == 12345);
        /* A status that is none has no code. */
        CHECK(kt_status_code((kt_status)level) == NULL);
    }
    size_t depth = 0;
    CHECK(kt_options_limit(o, KT_LIMIT_MAX_DEPTH, &depth) == KT_STATUS_OK && depth == 128);
    CHECK(kt_status_code(-1) == NULL);
    kt_options_free(o);
    kt_report_free(r);
    kt_baseline_free(b);
}

/* A project whose name is `n` bytes long. */
static char *long_name_project(size_t n) {
    static const char head[] = "{\"kientruc\":\"project/1\",\"id\":\"x\",\"name\":\"";
    size_t h = sizeof head - 1;
    char *p = malloc(h + n + 3);
    if (!p) exit(2);
    memcpy(p, head, h);
    memset(p + h, 'a', n);
    memcpy(p + h + n, "\"}", 3);
    return p;
}

void test_options_and_limits(void) {
    CHECK(kt_options_new(NULL) == KT_STATUS_NULL_ARGUMENT);
    kt_options *o = NULL;
    CHECK(kt_options_new(&o) == KT_STATUS_OK);
    /* The defaults, with or without options. */
    size_t v = 0, w = 0;
    for (kt_limit l = KT_LIMIT_MAX_BYTES; l <= KT_LIMIT_MAX_COMPONENTS; l++) {
        CHECK(kt_options_limit(NULL, l, &v) == KT_STATUS_OK && v > 0);
        CHECK(kt_options_limit(o, l, &w) == KT_STATUS_OK && w == v);
    }
    CHECK(kt_options_limit(o, KT_LIMIT_MAX_COMPONENTS, &v) == KT_STATUS_OK && v == 10000);
    CHECK(kt_options_limit(o, KT_LIMIT_MAX_COMPONENTS, NULL) == KT_STATUS_NULL_ARGUMENT);
    CHECK(kt_options_set_limit(NULL, KT_LIMIT_MAX_BYTES, 1) == KT_STATUS_NULL_ARGUMENT);
    kt_baseline *b = NULL;
    CHECK(kt_baseline_default(&b) == KT_STATUS_OK);
    kt_report *r = NULL;

    /* A name longer than the default string limit: refused, then read once the limit is raised. */
    size_t big = (size_t)1 << 21;
    char *p = long_name_project(big);
    CHECK(kt_baseline_check(b, (const unsigned char *)p, strlen(p), NULL, &r) == KT_STATUS_LIMIT && r == NULL);
    CHECK(strstr(last_error(), "max_string_bytes") != NULL);
    CHECK(kt_options_set_limit(o, KT_LIMIT_MAX_STRING_BYTES, big) == KT_STATUS_OK);
    CHECK(kt_baseline_check(b, (const unsigned char *)p, strlen(p), o, &r) == KT_STATUS_OK);
    kt_report_free(r);
    r = NULL;
    free(p);

    /* A project with more components than allowed. */
    size_t len;
    unsigned char *json = slurp("examples/projects/one-stop-upgrade.json", &len);
    CHECK(kt_baseline_check(b, json, len, o, &r) == KT_STATUS_OK);
    kt_report_free(r);
    r = NULL;
    CHECK(kt_options_set_limit(o, KT_LIMIT_MAX_COMPONENTS, 1) == KT_STATUS_OK);
    CHECK(kt_baseline_check(b, json, len, o, &r) == KT_STATUS_LIMIT && r == NULL);
    CHECK(strstr(last_error(), "max_components") != NULL);
    CHECK(kt_check(json, len, NULL, o, &r) == KT_STATUS_LIMIT && r == NULL);
    char *s = NULL;
    CHECK(kt_diagram(b, json, len, KT_DIAGRAM_DOT, KT_LANG_VI, o, &s, NULL) == KT_STATUS_LIMIT && s == NULL);

    /* Bytes: every document a call reads, under the same options. */
    kt_options *tiny = NULL;
    CHECK(kt_options_new(&tiny) == KT_STATUS_OK);
    CHECK(kt_options_set_limit(tiny, KT_LIMIT_MAX_BYTES, 100) == KT_STATUS_OK);
    CHECK(kt_baseline_check(b, json, len, tiny, &r) == KT_STATUS_LIMIT && r == NULL);
    CHECK(strstr(last_error(), "max_bytes") != NULL);
    free(json);
    unsigned char *model = slurp("core/data/baselines/quang-ngai-2.0.json", &len);
    kt_baseline *nb = NULL;
    CHECK(kt_baseline_from_json(model, len, tiny, &nb) == KT_STATUS_LIMIT && nb == NULL);
    CHECK(kt_validate_model(model, len, tiny, &r) == KT_STATUS_LIMIT && r == NULL);
    CHECK(kt_archimate_export(model, len, tiny, &s, NULL) == KT_STATUS_LIMIT && s == NULL);
    char *xml = NULL;
    size_t xml_len = 0;
    CHECK(kt_archimate_export(model, len, NULL, &xml, &xml_len) == KT_STATUS_OK);
    CHECK(kt_archimate_import((const unsigned char *)xml, xml_len, tiny, &s, NULL) == KT_STATUS_LIMIT && s == NULL);
    CHECK(kt_archimate_import((const unsigned char *)xml, xml_len, NULL, &s, NULL) == KT_STATUS_OK);
    kt_string_free(s);
    s = NULL;
    kt_string_free(xml);
    /* Elements: a model with more than allowed. */
    kt_options *few = NULL;
    CHECK(kt_options_new(&few) == KT_STATUS_OK);
    CHECK(kt_options_set_limit(few, KT_LIMIT_MAX_ELEMENTS, 3) == KT_STATUS_OK);
    CHECK(kt_validate_model(model, len, few, &r) == KT_STATUS_LIMIT && r == NULL);
    CHECK(strstr(last_error(), "max_elements") != NULL);
    CHECK(kt_validate_model(model, len, NULL, &r) == KT_STATUS_OK);
    kt_report_free(r);
    r = NULL;
    kt_options_free(few);
    free(model);
    /* Rule packs and acceptances are read under the options' limits when added. */
    unsigned char *pack = slurp("examples/rulepacks/quang-ngai-projects.json", &len);
    CHECK(kt_options_add_rulepack(tiny, pack, len) == KT_STATUS_LIMIT);
    CHECK(strstr(last_error(), "<rulepack 0>") != NULL);
    free(pack);
    unsigned char *acc = slurp("examples/acceptances/hanh-minh-website-rented-hosting.json", &len);
    CHECK(kt_options_add_acceptance(tiny, acc, len) == KT_STATUS_LIMIT);
    CHECK(strstr(last_error(), "<acceptance 0>") != NULL);
    free(acc);
    kt_options_free(tiny);
    kt_options_free(o);
    kt_baseline_free(b);
}

/* Whether `info` of `r` in `lang` equals `want` (prefix: starts with it). */
static int info_is(const kt_report *r, kt_info info, kt_lang lang, const char *want, int prefix) {
    char *s = NULL;
    size_t n = 99;
    if (kt_report_info(r, info, lang, &s, &n) != KT_STATUS_OK) return 0;
    int ok = (prefix ? strncmp(s, want, strlen(want)) == 0 : strcmp(s, want) == 0) && n == strlen(s);
    if (!ok) fprintf(stderr, "info %u: '%s', expected '%s'\n", (unsigned)info, s, want);
    kt_string_free(s);
    return ok;
}

void test_report_info_and_levels(void) {
    kt_baseline *b = NULL;
    CHECK(kt_baseline_default(&b) == KT_STATUS_OK);
    kt_report *r = check_example(b, "point-to-point-land.json", NULL);
    CHECK(info_is(r, KT_INFO_SUBJECT, KT_LANG_VI, "point-to-point-land", 0));
    CHECK(info_is(r, KT_INFO_BASELINE, KT_LANG_VI, "quang-ngai-2.0", 0));
    CHECK(info_is(r, KT_INFO_FRAMEWORK, KT_LANG_EN, "vn-egov-2.0", 0));
    CHECK(info_is(r, KT_INFO_AS_OF, KT_LANG_VI, "2024-06-01", 0));
    CHECK(info_is(r, KT_INFO_REGIME, KT_LANG_VI, "nd73-2019/nd85-2016/nd13-2023/nd47-2020+nd47-2024", 0));
    char *vi = NULL, *en = NULL;
    CHECK(kt_report_info(r, KT_INFO_SUBJECT_NAME, KT_LANG_VI, &vi, NULL) == KT_STATUS_OK && vi[0]);
    CHECK(kt_report_info(r, KT_INFO_SUBJECT_NAME, KT_LANG_EN, &en, NULL) == KT_STATUS_OK && en[0]);
    kt_string_free(vi);
    kt_string_free(en);
    CHECK(kt_report_info(r, KT_INFO_REGIME_NAME, KT_LANG_VI, &vi, NULL) == KT_STATUS_OK && vi[0]);
    CHECK(kt_report_info(r, KT_INFO_REGIME_NAME, KT_LANG_EN, &en, NULL) == KT_STATUS_OK && en[0]);
    CHECK(strcmp(vi, en) != 0);
    kt_string_free(vi);
    kt_string_free(en);
    CHECK(kt_report_info(NULL, KT_INFO_SUBJECT, KT_LANG_VI, &vi, NULL) == KT_STATUS_NULL_ARGUMENT);
    CHECK(kt_report_info(r, KT_INFO_SUBJECT, KT_LANG_VI, NULL, NULL) == KT_STATUS_NULL_ARGUMENT);
    kt_report_free(r);
    /* A model validation has no baseline. */
    size_t len;
    unsigned char *model = slurp("examples/models/valid-commune.json", &len);
    CHECK(kt_validate_model(model, len, NULL, &r) == KT_STATUS_OK);
    CHECK(info_is(r, KT_INFO_BASELINE, KT_LANG_VI, "", 0));
    CHECK(kt_report_level(r) == KT_LEVEL_NONE);
    kt_report_free(r);
    free(model);

    /* Level ids and display names: static, for every level. */
    const char *id = NULL, *name = NULL;
    CHECK(kt_level_id(KT_LEVEL_NONE, &id) == KT_STATUS_OK && strcmp(id, "") == 0);
    CHECK(kt_level_name(KT_LEVEL_NONE, KT_LANG_EN, &name) == KT_STATUS_OK && strcmp(name, "") == 0);
    CHECK(kt_level_name(KT_LEVEL_COMPLIANT, KT_LANG_VI, &name) == KT_STATUS_OK && strcmp(name, "Cơ bản tuân thủ, cần bổ sung thông tin") == 0);
    CHECK(kt_level_name(KT_LEVEL_NON_CONFORMANT, KT_LANG_EN, &name) == KT_STATUS_OK && strcmp(name, "Non-conformant") == 0);
    CHECK(kt_level_name(KT_LEVEL_NOT_ASSESSED, KT_LANG_VI, &name) == KT_STATUS_OK && strncmp(name, "Chưa đánh giá được", 20) == 0);
    for (kt_level l = KT_LEVEL_NON_CONFORMANT; l <= KT_LEVEL_NOT_ASSESSED; l++) {
        const char *nvi = NULL, *nen = NULL;
        CHECK(kt_level_id(l, &id) == KT_STATUS_OK && id[0]);
        CHECK(kt_level_name(l, KT_LANG_VI, &nvi) == KT_STATUS_OK && nvi[0]);
        CHECK(kt_level_name(l, KT_LANG_EN, &nen) == KT_STATUS_OK && nen[0]);
        CHECK(strcmp(nvi, nen) != 0);
    }
    CHECK(kt_level_id(KT_LEVEL_COMPLIANT, NULL) == KT_STATUS_NULL_ARGUMENT);
    CHECK(kt_level_name(KT_LEVEL_COMPLIANT, KT_LANG_VI, NULL) == KT_STATUS_NULL_ARGUMENT);
    /* Status codes: the same strings as every other face. */
    const struct { kt_status s; const char *code; } codes[] = {
        {KT_STATUS_OK, "ok"}, {KT_STATUS_PARSE, "parse"}, {KT_STATUS_ENCODING, "encoding"},
        {KT_STATUS_SCHEMA, "schema"}, {KT_STATUS_LIMIT, "limit"}, {KT_STATUS_UNKNOWN_BASELINE, "unknown-baseline"},
        {KT_STATUS_IO, "io"}, {KT_STATUS_ERROR, "error"}, {KT_STATUS_NULL_ARGUMENT, "null-argument"},
        {KT_STATUS_INVALID_UTF8, "invalid-utf8"}, {KT_STATUS_INVALID_ARGUMENT, "invalid-argument"}, {KT_STATUS_PANIC, "panic"}};
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        const char *c = kt_status_code(codes[i].s);
        CHECK(c && strcmp(c, codes[i].code) == 0);
    }
    kt_baseline_free(b);
}

void test_baselines_export_and_validate(void) {
    char *list = NULL;
    size_t n = 0;
    CHECK(kt_builtin_baselines(&list, &n) == KT_STATUS_OK && list[0] == '[' && strlen(list) == n);
    CHECK(strstr(list, "\"quang-ngai-2.0\"") != NULL);
    /* Every name listed loads. */
    int names = 0;
    for (char *q = strchr(list, '"'); q; q = strchr(q, '"')) {
        char *end = strchr(q + 1, '"');
        if (!end) break;
        kt_baseline *b = NULL;
        CHECK(kt_baseline_builtin((const unsigned char *)q + 1, (size_t)(end - q - 1), &b) == KT_STATUS_OK);
        kt_baseline_free(b);
        names++;
        q = end + 1;
    }
    CHECK(names >= 2);
    kt_string_free(list);
    CHECK(kt_builtin_baselines(NULL, NULL) == KT_STATUS_NULL_ARGUMENT);

    /* The export reads back as a baseline that checks the same. */
    kt_baseline *b = NULL, *again = NULL;
    CHECK(kt_baseline_default(&b) == KT_STATUS_OK);
    char *json = NULL;
    size_t len = 0;
    CHECK(kt_baseline_to_json(b, &json, &len) == KT_STATUS_OK && strstr(json, "\"model/1\"") && strlen(json) == len);
    CHECK(kt_baseline_from_json((const unsigned char *)json, len, NULL, &again) == KT_STATUS_OK);
    kt_report *r1 = check_example(b, "lgsp-extension.json", NULL), *r2 = check_example(again, "lgsp-extension.json", NULL);
    char *t1 = NULL, *t2 = NULL;
    CHECK(kt_report_render(r1, KT_FORMAT_JSON, KT_LANG_VI, &t1, NULL) == KT_STATUS_OK);
    CHECK(kt_report_render(r2, KT_FORMAT_JSON, KT_LANG_VI, &t2, NULL) == KT_STATUS_OK);
    CHECK(t1 && t2 && strcmp(t1, t2) == 0);
    kt_string_free(t1);
    kt_string_free(t2);
    kt_report_free(r1);
    kt_report_free(r2);
    kt_baseline_free(again);
    kt_string_free(json);
    CHECK(kt_baseline_to_json(NULL, &json, NULL) == KT_STATUS_NULL_ARGUMENT);

    /* A baseline validates clean; as of a date, the report says so; rule packs apply. */
    kt_report *r = NULL;
    kt_counts c;
    CHECK(kt_baseline_validate(b, NULL, &r) == KT_STATUS_OK);
    CHECK(kt_report_counts(r, &c) == KT_STATUS_OK && c.error == 0);
    CHECK(kt_report_level(r) == KT_LEVEL_NONE);
    kt_report_free(r);
    kt_options *o = NULL;
    CHECK(kt_options_new(&o) == KT_STATUS_OK);
    CHECK(kt_options_set_as_of(o, "2025-01-15") == KT_STATUS_OK);
    CHECK(kt_baseline_validate(b, o, &r) == KT_STATUS_OK);
    CHECK(info_is(r, KT_INFO_AS_OF, KT_LANG_VI, "2025-01-15", 0));
    kt_report_free(r);
    size_t mlen;
    unsigned char *model = slurp("examples/models/valid-commune.json", &mlen);
    CHECK(kt_validate_model(model, mlen, o, &r) == KT_STATUS_OK);
    CHECK(info_is(r, KT_INFO_AS_OF, KT_LANG_VI, "2025-01-15", 0));
    kt_report_free(r);
    free(model);
    CHECK(kt_baseline_validate(NULL, o, &r) == KT_STATUS_NULL_ARGUMENT);
    CHECK(kt_baseline_validate(b, o, NULL) == KT_STATUS_NULL_ARGUMENT);
    kt_options_free(o);
    kt_baseline_free(b);
}

/* The sorted, comma-separated failed rules of `r`. */
static void failed_rules(const kt_report *r, char *out, size_t cap) {
    out[0] = 0;
    for (size_t i = 0, n = kt_report_outcome_count(r); i < n; i++) {
        char *rule = NULL;
        kt_outcome o;
        if (kt_report_outcome(r, i, &rule, &o) != KT_STATUS_OK) continue;
        if (o == KT_OUTCOME_FAIL) {
            if (out[0]) strncat(out, ",", cap - strlen(out) - 1);
            strncat(out, rule, cap - strlen(out) - 1);
        }
        kt_string_free(rule);
    }
}

/* issue 14: a province's project rule pack changes a verdict, through both check calls. */
void test_project_rule_packs(void) {
    kt_baseline *b = NULL;
    CHECK(kt_baseline_default(&b) == KT_STATUS_OK);
    kt_report *r = check_example(b, "one-stop-upgrade.json", NULL);
    CHECK(kt_report_level(r) == KT_LEVEL_FULLY_CONFORMANT);
    kt_report_free(r);
    kt_options *o = NULL;
    CHECK(kt_options_new(&o) == KT_STATUS_OK);
    CHECK(add_files(o, "examples/rulepacks", "quang-ngai-projects.json", 0) == KT_STATUS_OK);
    char got[1024];
    r = check_example(b, "one-stop-upgrade.json", o);
    CHECK(kt_report_level(r) == KT_LEVEL_COMPLIANT);
    failed_rules(r, got, sizeof got);
    CHECK(strcmp(got, "qng-projects/new-citizen-systems-report") == 0);
    kt_report_free(r);
    size_t len;
    unsigned char *json = slurp("examples/projects/one-stop-upgrade.json", &len);
    r = NULL;
    CHECK(kt_check(json, len, "quang-ngai-2.0", o, &r) == KT_STATUS_OK);
    CHECK(kt_report_level(r) == KT_LEVEL_COMPLIANT);
    kt_report_free(r);
    free(json);
    kt_options_free(o);
    kt_baseline_free(b);
}

void test_diagram(void) {
    kt_baseline *b = NULL;
    CHECK(kt_baseline_default(&b) == KT_STATUS_OK);
    char *svg = NULL, *again = NULL, *dot = NULL, *mmd = NULL, *with = NULL;
    size_t n = 0;
    CHECK(kt_diagram(b, NULL, 0, KT_DIAGRAM_SVG, KT_LANG_VI, NULL, &svg, &n) == KT_STATUS_OK);
    CHECK(svg && strncmp(svg, "<svg ", 5) == 0 && strstr(svg, "</svg>") && strlen(svg) == n);
    CHECK(strstr(svg, "provincial:lgsp") != NULL);
    /* Deterministic. */
    CHECK(kt_diagram(b, NULL, 0, KT_DIAGRAM_SVG, KT_LANG_VI, NULL, &again, NULL) == KT_STATUS_OK);
    CHECK(again && strcmp(svg, again) == 0);
    CHECK(kt_diagram(b, NULL, 0, KT_DIAGRAM_DOT, KT_LANG_EN, NULL, &dot, NULL) == KT_STATUS_OK);
    CHECK(dot && strncmp(dot, "digraph ", 8) == 0);
    CHECK(kt_diagram(b, NULL, 0, KT_DIAGRAM_MERMAID, KT_LANG_EN, NULL, &mmd, NULL) == KT_STATUS_OK);
    CHECK(mmd && strstr(mmd, "flowchart TB") != NULL);
    /* With a project: its components are drawn in. */
    size_t len;
    unsigned char *json = slurp("examples/projects/one-stop-upgrade.json", &len);
    CHECK(kt_diagram(b, json, len, KT_DIAGRAM_SVG, KT_LANG_VI, NULL, &with, NULL) == KT_STATUS_OK);
    CHECK(with && strstr(with, "dvc-xay-dung") != NULL && strcmp(with, svg) != 0);
    kt_string_free(svg);
    kt_string_free(again);
    kt_string_free(dot);
    kt_string_free(mmd);
    kt_string_free(with);
    char *s = NULL;
    CHECK(kt_diagram(NULL, NULL, 0, KT_DIAGRAM_SVG, KT_LANG_VI, NULL, &s, NULL) == KT_STATUS_NULL_ARGUMENT);
    CHECK(kt_diagram(b, NULL, 5, KT_DIAGRAM_SVG, KT_LANG_VI, NULL, &s, NULL) == KT_STATUS_NULL_ARGUMENT);
    CHECK(kt_diagram(b, (const unsigned char *)"{,}", 3, KT_DIAGRAM_SVG, KT_LANG_VI, NULL, &s, NULL) == KT_STATUS_PARSE);
    CHECK(kt_diagram(b, json, len, KT_DIAGRAM_SVG, KT_LANG_VI, NULL, NULL, NULL) == KT_STATUS_NULL_ARGUMENT);
    CHECK(s == NULL);
    free(json);
    kt_baseline_free(b);
}

void test_render_many(void) {
    kt_baseline *b = NULL;
    CHECK(kt_baseline_default(&b) == KT_STATUS_OK);
    kt_report *r[3] = {
        check_example(b, "hanh-minh-website-rented-hosting.json", NULL),
        check_example(b, "district-one-stop.json", NULL),
        check_example(b, "hanh-minh-website-bad-waiver.json", NULL),
    };
    const kt_report *batch[3] = {r[0], r[1], r[2]};
    char *s = NULL;
    size_t n = 0;
    CHECK(kt_render_many(batch, 3, KT_FORMAT_CSV, KT_LANG_EN, &s, &n) == KT_STATUS_OK && strlen(s) == n);
    CHECK(strncmp(s, "Project id,Project name,Owner,Budget (VND),Compliance level,Errors,To review\r\n", 78) == 0);
    char *row = strstr(s, "\r\nhanh-minh-website-rented-hosting,");
    CHECK(row && strstr(row, ",Compliant,0,2\r\n") != NULL);
    CHECK(strstr(s, "\r\ndistrict-one-stop,") != NULL && strstr(s, "Not assessed") != NULL);
    kt_string_free(s);
    CHECK(kt_render_many(batch, 3, KT_FORMAT_CSV, KT_LANG_VI, &s, NULL) == KT_STATUS_OK && strncmp(s, "Mã dự án,", 10) == 0);
    kt_string_free(s);
    CHECK(kt_render_many(batch, 3, KT_FORMAT_JSON, KT_LANG_VI, &s, NULL) == KT_STATUS_OK);
    CHECK(strstr(s, "\"portfolio/1\"") && strstr(s, "\"summary\"") && strstr(s, "\"district-one-stop\""));
    kt_string_free(s);
    CHECK(kt_render_many(batch, 3, KT_FORMAT_TEXT, KT_LANG_EN, &s, NULL) == KT_STATUS_OK && strncmp(s, "PORTFOLIO SUMMARY", 17) == 0);
    kt_string_free(s);
    CHECK(kt_render_many(batch, 3, KT_FORMAT_MARKDOWN, KT_LANG_EN, &s, NULL) == KT_STATUS_OK && strncmp(s, "# Portfolio summary", 19) == 0);
    kt_string_free(s);
    CHECK(kt_render_many(batch, 3, KT_FORMAT_HTML, KT_LANG_EN, &s, NULL) == KT_STATUS_OK && strncmp(s, "<!DOCTYPE html>", 15) == 0);
    kt_string_free(s);
    CHECK(kt_render_many(batch, 3, KT_FORMAT_SARIF, KT_LANG_EN, &s, NULL) == KT_STATUS_OK && strstr(s, "\"2.1.0\""));
    kt_string_free(s);
    /* One report as CSV: the header and its row. */
    CHECK(kt_report_render(r[1], KT_FORMAT_CSV, KT_LANG_EN, &s, NULL) == KT_STATUS_OK);
    CHECK(strstr(s, "\r\ndistrict-one-stop,") != NULL && strstr(s, "Non-conformant") != NULL);
    kt_string_free(s);
    /* No report, and bad arrays. */
    CHECK(kt_render_many(NULL, 0, KT_FORMAT_CSV, KT_LANG_EN, &s, NULL) == KT_STATUS_OK && strncmp(s, "Project id,", 11) == 0);
    kt_string_free(s);
    s = NULL;
    CHECK(kt_render_many(NULL, 1, KT_FORMAT_CSV, KT_LANG_EN, &s, NULL) == KT_STATUS_NULL_ARGUMENT);
    const kt_report *holes[2] = {r[0], NULL};
    CHECK(kt_render_many(holes, 2, KT_FORMAT_CSV, KT_LANG_EN, &s, NULL) == KT_STATUS_NULL_ARGUMENT);
    CHECK(strstr(last_error(), "reports[1]") != NULL && s == NULL);
    for (int i = 0; i < 3; i++) kt_report_free(r[i]);
    kt_baseline_free(b);
}
