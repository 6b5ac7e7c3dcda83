/* The C API end to end: every function, NULL arguments, invalid UTF-8, malformed JSON, error
 * paths, the last-error API, and the example projects with the levels and rule ids of
 * examples/projects/expected.json and its variants (given as a TSV derived from it by
 * tests/expected_tsv.py). The calls added with kt_options are exercised in test_calls.c.
 *
 *   test_kientruc EXPECTED.tsv REPO_ROOT
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

int passed, failed;
const char *root;

char *last_error(void) {
    static char buf[2048];
    kt_last_error_message(buf, sizeof buf);
    return buf;
}

unsigned char *slurp(const char *rel, size_t *len) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "cannot open %s\n", path);
        exit(2);
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *buf = malloc((size_t)n + 1);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) exit(2);
    fclose(f);
    buf[n] = 0;
    *len = (size_t)n;
    return buf;
}

kt_status add_files(kt_options *o, const char *dir, const char *list, int acceptances) {
    if (strcmp(list, "-") == 0) return KT_STATUS_OK;
    char copy[2048], rel[4096];
    snprintf(copy, sizeof copy, "%s", list);
    char *save = NULL;
    for (char *f = strtok_r(copy, ",", &save); f; f = strtok_r(NULL, ",", &save)) {
        size_t len;
        snprintf(rel, sizeof rel, "%s/%s", dir, f);
        unsigned char *doc = slurp(rel, &len);
        kt_status s = acceptances ? kt_options_add_acceptance(o, doc, len) : kt_options_add_rulepack(o, doc, len);
        free(doc);
        if (s != KT_STATUS_OK) return s;
    }
    return KT_STATUS_OK;
}

const char *level_id(kt_level level) {
    const char *id = NULL;
    return kt_level_id(level, &id) == KT_STATUS_OK ? id : "?";
}

/* Half of a UTF-8 document, cut before a character rather than inside one, so that the cut
 * document is truncated JSON (a parse error), not invalid UTF-8 (an encoding error). */
static size_t utf8_half(const unsigned char *s, size_t len) {
    size_t half = len / 2;
    while (half > 0 && (s[half] & 0xC0) == 0x80) half--;
    return half;
}

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The comma-separated, sorted rule ids whose outcome is `want`. */
static void rules_with(const kt_report *r, kt_outcome want, char *out, size_t cap) {
    char *ids[64];
    size_t n = 0, count = kt_report_outcome_count(r);
    for (size_t i = 0; i < count && n < 64; i++) {
        char *rule = NULL;
        kt_outcome o;
        if (kt_report_outcome(r, i, &rule, &o) != KT_STATUS_OK) continue;
        if (o == want) ids[n++] = rule;
        else kt_string_free(rule);
    }
    qsort(ids, n, sizeof ids[0], cmp);
    out[0] = 0;
    for (size_t i = 0; i < n; i++) {
        if (i) strncat(out, ",", cap - strlen(out) - 1);
        strncat(out, ids[i], cap - strlen(out) - 1);
        kt_string_free(ids[i]);
    }
}

/* Every line of the TSV: an example, or one of its variants (the same file with rule packs and
 * acceptances in the options), reaches its hand-written level, rules and counts. */
static void test_examples(const kt_baseline *b, const char *tsv_path) {
    FILE *f = fopen(tsv_path, "r");
    CHECK(f != NULL);
    if (!f) return;
    char line[4096];
    int examples = 0, variants = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = 0;
        char *save = NULL;
        char *col[11];
        int n = 0;
        for (char *c = strtok_r(line, "\t", &save); c && n < 11; c = strtok_r(NULL, "\t", &save)) col[n++] = c;
        CHECK(n == 11);
        if (n != 11) continue;
        const char *file = col[0], *variant = col[1], *level = col[2], *extras = col[5], *waived = col[6];
        const char *fails = strcmp(col[3], "-") == 0 ? "" : col[3];
        const char *reviews = strcmp(col[4], "-") == 0 ? "" : col[4];
        /* The entry's baseline: a built-in name, or "-" for the one the library chooses. */
        const char *named = col[8];
        char what[512], rel[512];
        snprintf(what, sizeof what, "%s %s", file, variant);
        snprintf(rel, sizeof rel, "examples/projects/%s", file);
        size_t len;
        unsigned char *json = slurp(rel, &len);
        kt_options *o = NULL;
        CHECK(kt_options_new(&o) == KT_STATUS_OK);
        CHECK(add_files(o, "examples/projects", col[9], 0) == KT_STATUS_OK);
        CHECK(add_files(o, "examples/projects", col[10], 1) == KT_STATUS_OK);
        kt_report *r = NULL;
        kt_baseline *own = NULL;
        if (strcmp(named, "-") == 0) {
            /* The library chooses (the example names no baseline of its own). */
            CHECK(kt_check(json, len, NULL, o, &r) == KT_STATUS_OK);
            char *why = NULL;
            CHECK(kt_report_baseline_choice(r, KT_LANG_VI, &why, NULL) == KT_STATUS_OK);
            CHECK(why && strstr(why, "Chọn Kiến trúc đối chiếu") == why);
            kt_string_free(why);
        } else {
            CHECK(kt_baseline_builtin((const unsigned char *)named, strlen(named), &own) == KT_STATUS_OK);
            CHECK(kt_baseline_check(own ? own : b, json, len, o, &r) == KT_STATUS_OK);
        }
        kt_baseline_free(own);
        kt_options_free(o);
        if (r) {
            char got[1024];
            if (strcmp(level_id(kt_report_level(r)), level) != 0) fprintf(stderr, "%s: level %s, expected %s\n", what, level_id(kt_report_level(r)), level);
            CHECK(strcmp(level_id(kt_report_level(r)), level) == 0);
            rules_with(r, KT_OUTCOME_FAIL, got, sizeof got);
            if (strcmp(got, fails) != 0) fprintf(stderr, "%s: fail %s, expected %s\n", what, got, fails);
            CHECK(strcmp(got, fails) == 0);
            rules_with(r, KT_OUTCOME_REVIEW, got, sizeof got);
            if (strcmp(got, reviews) != 0) fprintf(stderr, "%s: review %s, expected %s\n", what, got, reviews);
            CHECK(strcmp(got, reviews) == 0);
            kt_counts c;
            CHECK(kt_report_counts(r, &c) == KT_STATUS_OK);
            if (c.accepted != strtoul(col[7], NULL, 10)) fprintf(stderr, "%s: accepted %zu, expected %s\n", what, c.accepted, col[7]);
            CHECK(c.accepted == strtoul(col[7], NULL, 10));
            /* A variant lists no extras or waived counts ("-"). */
            if (strcmp(extras, "-") != 0) {
                if (c.extras != strtoul(extras, NULL, 10) || c.waived != strtoul(waived, NULL, 10))
                    fprintf(stderr, "%s: extras %zu waived %zu, expected %s %s\n", what, c.extras, c.waived, extras, waived);
                CHECK(c.extras == strtoul(extras, NULL, 10));
                CHECK(c.waived == strtoul(waived, NULL, 10));
            }
        }
        kt_report_free(r);
        free(json);
        if (strcmp(variant, "-") == 0) examples++;
        else variants++;
    }
    fclose(f);
    CHECK(examples >= 8);
    /* expected.json has a rule-pack variant and an acceptance variant. */
    CHECK(variants >= 2);
}

static void test_report_accessors(const kt_baseline *b) {
    size_t len;
    unsigned char *json = slurp("examples/projects/point-to-point-land.json", &len);
    kt_report *r = NULL;
    CHECK(kt_baseline_check(b, json, len, NULL, &r) == KT_STATUS_OK);
    CHECK(kt_report_level(r) == KT_LEVEL_NON_CONFORMANT);
    kt_counts c;
    CHECK(kt_report_counts(r, &c) == KT_STATUS_OK);
    CHECK(c.error == 2 && c.fail == 1);
    CHECK(kt_report_finding_count(r) == 2);
    char *s = NULL;
    size_t n = 0;
    CHECK(kt_report_finding_field(r, 0, KT_FIELD_RULE, KT_LANG_VI, &s, &n) == KT_STATUS_OK);
    CHECK(s && strcmp(s, "CONF-05") == 0 && n == 7);
    kt_string_free(s);
    const kt_field fields[] = {KT_FIELD_SEVERITY, KT_FIELD_OUTCOME, KT_FIELD_SUBJECT, KT_FIELD_MESSAGE, KT_FIELD_SUGGESTION, KT_FIELD_BASIS};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        s = NULL;
        CHECK(kt_report_finding_field(r, 1, fields[i], KT_LANG_EN, &s, NULL) == KT_STATUS_OK);
        CHECK(s && s[0]);
        kt_string_free(s);
    }
    CHECK(kt_report_finding_field(r, 0, KT_FIELD_SUGGESTION, KT_LANG_EN, &s, NULL) == KT_STATUS_OK);
    CHECK(strstr(s, "provincial:lgsp") != NULL);
    kt_string_free(s);
    /* Out of range and unknown values. */
    CHECK(kt_report_finding_field(r, 99, KT_FIELD_RULE, KT_LANG_VI, &s, NULL) == KT_STATUS_INVALID_ARGUMENT);
    CHECK(strstr(last_error(), "out of range") != NULL);
    CHECK(kt_report_finding_field(r, 0, KT_FIELD_RULE, 7, &s, NULL) == KT_STATUS_INVALID_ARGUMENT);
    CHECK(kt_report_finding_field(r, 0, KT_FIELD_RULE, KT_LANG_VI, NULL, NULL) == KT_STATUS_NULL_ARGUMENT);
    char *rule = NULL;
    kt_outcome o;
    CHECK(kt_report_outcome(r, 9999, &rule, &o) == KT_STATUS_INVALID_ARGUMENT);
    CHECK(kt_report_outcome(r, 0, &rule, NULL) == KT_STATUS_NULL_ARGUMENT);
    /* Renderers. */
    const struct { kt_format f; const char *prefix; } formats[] = {
        {KT_FORMAT_JSON, "{"}, {KT_FORMAT_SARIF, "{"}, {KT_FORMAT_MARKDOWN, "# "}, {KT_FORMAT_HTML, "<!DOCTYPE html>"}, {KT_FORMAT_TEXT, "Architecture"}};
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        char *out = NULL;
        size_t out_len = 0;
        CHECK(kt_report_render(r, formats[i].f, KT_LANG_EN, &out, &out_len) == KT_STATUS_OK);
        CHECK(out && strncmp(out, formats[i].prefix, strlen(formats[i].prefix)) == 0 && strlen(out) == out_len);
        kt_string_free(out);
    }
    char *sarif = NULL;
    CHECK(kt_report_render(r, KT_FORMAT_SARIF, KT_LANG_VI, &sarif, NULL) == KT_STATUS_OK);
    CHECK(strstr(sarif, "\"version\": \"2.1.0\"") != NULL);
    kt_string_free(sarif);
    kt_report_free(r);
    /* as_of, in the options */
    kt_options *opts = NULL;
    CHECK(kt_options_new(&opts) == KT_STATUS_OK);
    CHECK(kt_options_set_as_of(opts, "2026-09-01") == KT_STATUS_OK);
    CHECK(kt_baseline_check(b, json, len, opts, &r) == KT_STATUS_OK);
    char *out = NULL;
    CHECK(kt_report_render(r, KT_FORMAT_JSON, KT_LANG_VI, &out, NULL) == KT_STATUS_OK);
    CHECK(strstr(out, "nd331-2026") != NULL);
    kt_string_free(out);
    kt_report_free(r);
    r = NULL;
    /* A bad date is refused and leaves the options' date as it was. */
    CHECK(kt_options_set_as_of(opts, "2024-02-30") == KT_STATUS_INVALID_ARGUMENT);
    CHECK(strstr(last_error(), "2024-02-30") != NULL);
    CHECK(kt_options_set_as_of(opts, "\xff\xfe") == KT_STATUS_INVALID_UTF8);
    CHECK(kt_baseline_check(b, json, len, opts, &r) == KT_STATUS_OK);
    CHECK(kt_report_info(r, KT_INFO_AS_OF, KT_LANG_VI, &out, NULL) == KT_STATUS_OK);
    CHECK(strcmp(out, "2026-09-01") == 0);
    kt_string_free(out);
    kt_report_free(r);
    CHECK(kt_options_set_as_of(opts, NULL) == KT_STATUS_OK);
    CHECK(kt_options_set_as_of(NULL, NULL) == KT_STATUS_NULL_ARGUMENT);
    kt_options_free(opts);
    free(json);
}

/* The index of the only finding of `rule`, or (size_t)-1. */
static size_t finding_of(const kt_report *r, const char *rule) {
    size_t found = (size_t)-1, n = kt_report_finding_count(r);
    for (size_t i = 0; i < n; i++) {
        char *s = NULL;
        if (kt_report_finding_field(r, i, KT_FIELD_RULE, KT_LANG_VI, &s, NULL) != KT_STATUS_OK) continue;
        if (strcmp(s, rule) == 0) found = found == (size_t)-1 ? i : (size_t)-2;
        kt_string_free(s);
    }
    return found;
}

/* Whether field `f` of finding `i` equals `want` (prefix: starts with it). */
static int field_is(const kt_report *r, size_t i, kt_field f, const char *want, int prefix) {
    char *s = NULL;
    if (kt_report_finding_field(r, i, f, KT_LANG_VI, &s, NULL) != KT_STATUS_OK) return 0;
    int ok = prefix ? strncmp(s, want, strlen(want)) == 0 : strcmp(s, want) == 0;
    if (!ok) fprintf(stderr, "field %d of finding %zu: '%s', expected '%s'\n", (int)f, i, s, want);
    kt_string_free(s);
    return ok;
}

/* The appraiser's acceptance (tests/faces/): the same scenarios as every other face. */
/* kt_check: the baseline the library chooses, a named one, and its errors. */
static void test_chosen(void) {
    size_t len, olen;
    unsigned char *json = slurp("examples/projects/phuoc-giang-portal-subsite-2026.json", &len);
    unsigned char *own = slurp("examples/projects/point-to-point-land.json", &olen);
    kt_report *r = NULL;
    char *why = NULL;
    /* A name: that built-in, and the report says it was named. */
    CHECK(kt_check(json, len, "quang-ngai-2.0", NULL, &r) == KT_STATUS_OK);
    CHECK(kt_report_baseline_choice(r, KT_LANG_EN, &why, NULL) == KT_STATUS_OK);
    CHECK(why && strncmp(why, "Baseline as named", 17) == 0);
    kt_string_free(why);
    kt_report_free(r);
    r = NULL;
    /* The project's own baseline field stands in for a NULL name. */
    CHECK(kt_check(own, olen, NULL, NULL, &r) == KT_STATUS_OK);
    CHECK(kt_report_level(r) == KT_LEVEL_NON_CONFORMANT);
    CHECK(kt_report_baseline_choice(r, KT_LANG_EN, &why, NULL) == KT_STATUS_OK);
    CHECK(why && strncmp(why, "Baseline as named", 17) == 0);
    kt_string_free(why);
    kt_report_free(r);
    r = NULL;
    /* A check against a given baseline has no choice to explain. */
    kt_baseline *b = NULL;
    CHECK(kt_baseline_default(&b) == KT_STATUS_OK);
    CHECK(kt_baseline_check(b, json, len, NULL, &r) == KT_STATUS_OK);
    size_t n = 99;
    CHECK(kt_report_baseline_choice(r, KT_LANG_VI, &why, &n) == KT_STATUS_OK);
    CHECK(why && why[0] == 0 && n == 0);
    kt_string_free(why);
    CHECK(kt_report_baseline_choice(r, 7, &why, NULL) == KT_STATUS_INVALID_ARGUMENT);
    CHECK(kt_report_baseline_choice(r, KT_LANG_VI, NULL, NULL) == KT_STATUS_NULL_ARGUMENT);
    CHECK(kt_report_baseline_choice(NULL, KT_LANG_VI, &why, NULL) == KT_STATUS_NULL_ARGUMENT);
    kt_report_free(r);
    kt_baseline_free(b);
    r = NULL;
    /* Errors. */
    CHECK(kt_check(json, len, "no-such-baseline", NULL, &r) == KT_STATUS_UNKNOWN_BASELINE && r == NULL);
    CHECK(strcmp(kt_status_code(KT_STATUS_UNKNOWN_BASELINE), "unknown-baseline") == 0);
    CHECK(strstr(last_error(), "error[unknown-baseline]") != NULL);
    CHECK(kt_check(NULL, 5, NULL, NULL, &r) == KT_STATUS_NULL_ARGUMENT && r == NULL);
    CHECK(kt_check(json, len, NULL, NULL, NULL) == KT_STATUS_NULL_ARGUMENT);
    CHECK(kt_check((const unsigned char *)"{,}", 3, NULL, NULL, &r) == KT_STATUS_PARSE && r == NULL);
    free(json);
    free(own);
}

static void test_acceptance(const kt_baseline *b) {
    size_t len, alen, wlen;
    unsigned char *json = slurp("examples/projects/hanh-minh-website-rented-hosting.json", &len);
    unsigned char *acc = slurp("tests/faces/accept-rented-hosting.json", &alen);
    kt_report *r = NULL;
    kt_counts c;
    /* Justified, not accepted: the finding stays, as review, with its reason. */
    CHECK(kt_baseline_check(b, json, len, NULL, &r) == KT_STATUS_OK);
    CHECK(kt_report_level(r) == KT_LEVEL_COMPLIANT);
    CHECK(kt_report_counts(r, &c) == KT_STATUS_OK && c.waived == 1 && c.accepted == 0);
    size_t i = finding_of(r, "CONF-11");
    CHECK(i < kt_report_finding_count(r));
    CHECK(field_is(r, i, KT_FIELD_OUTCOME, "review", 0));
    CHECK(field_is(r, i, KT_FIELD_WAIVER_OUTCOME, "fail", 0));
    CHECK(field_is(r, i, KT_FIELD_WAIVER_REASON, "Thuê máy chủ của doanh nghiệp viễn thông", 1));
    CHECK(field_is(r, i, KT_FIELD_ACCEPTED_BY, "", 0));
    size_t j = finding_of(r, "CONF-13");
    CHECK(j < kt_report_finding_count(r) && field_is(r, j, KT_FIELD_WAIVER_REASON, "", 0));
    kt_report_free(r);
    r = NULL;
    /* Accepted: counts.accepted 1, still compliant (CONF-13 stays review). */
    kt_options *o = NULL;
    CHECK(kt_options_new(&o) == KT_STATUS_OK);
    CHECK(kt_options_add_acceptance(o, acc, alen) == KT_STATUS_OK);
    CHECK(kt_baseline_check(b, json, len, o, &r) == KT_STATUS_OK);
    CHECK(kt_report_level(r) == KT_LEVEL_COMPLIANT);
    CHECK(kt_report_counts(r, &c) == KT_STATUS_OK && c.accepted == 1 && c.waived == 1);
    char got[1024];
    rules_with(r, KT_OUTCOME_ACCEPTED, got, sizeof got);
    CHECK(strcmp(got, "CONF-11") == 0);
    rules_with(r, KT_OUTCOME_REVIEW, got, sizeof got);
    CHECK(strcmp(got, "CONF-13") == 0);
    i = finding_of(r, "CONF-11");
    CHECK(i < kt_report_finding_count(r));
    CHECK(field_is(r, i, KT_FIELD_OUTCOME, "accepted", 0));
    CHECK(field_is(r, i, KT_FIELD_ACCEPTED_BY, "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", 0));
    CHECK(field_is(r, i, KT_FIELD_ACCEPTED_DATE, "2024-04-01", 0));
    kt_report_free(r);
    r = NULL;
    /* The same options through kt_check. */
    CHECK(kt_check(json, len, "quang-ngai-2.0", o, &r) == KT_STATUS_OK);
    CHECK(kt_report_counts(r, &c) == KT_STATUS_OK && c.accepted == 1);
    kt_report_free(r);
    r = NULL;
    /* Errors in an acceptance map like a project's, name the document, and change nothing. */
    const char *bad = "{\"kientruc\": \"acceptance/1\",,}";
    CHECK(kt_options_add_acceptance(o, (const unsigned char *)bad, strlen(bad)) == KT_STATUS_PARSE);
    CHECK(strstr(last_error(), "<acceptance 1>:1:") != NULL);
    const char *typo = "{\"kientruc\": \"acceptance/1\", \"accepted\": [{\"project\": \"p\", \"rule\": \"CONF-11\", \"by\": \"x\", \"date\": \"2024-01-01\", \"reson\": \"x\"}]}";
    CHECK(kt_options_add_acceptance(o, (const unsigned char *)typo, strlen(typo)) == KT_STATUS_SCHEMA);
    CHECK(strstr(last_error(), "reson") != NULL);
    CHECK(kt_options_add_acceptance(o, NULL, 3) == KT_STATUS_NULL_ARGUMENT);
    CHECK(kt_options_add_acceptance(NULL, acc, alen) == KT_STATUS_NULL_ARGUMENT);
    CHECK(kt_baseline_check(b, json, len, o, NULL) == KT_STATUS_NULL_ARGUMENT);
    CHECK(kt_baseline_check(NULL, json, len, o, &r) == KT_STATUS_NULL_ARGUMENT);
    CHECK(r == NULL);
    CHECK(kt_baseline_check(b, json, len, o, &r) == KT_STATUS_OK);
    CHECK(kt_report_counts(r, &c) == KT_STATUS_OK && c.accepted == 1);
    kt_report_free(r);
    r = NULL;
    kt_options_free(o);
    free(json);
    free(acc);
    /* Waiving every rule does not make a project without IPv6 conformant (CONF-07 is not waivable). */
    unsigned char *all = slurp("tests/faces/waive-everything.json", &wlen);
    CHECK(kt_baseline_check(b, all, wlen, NULL, &r) == KT_STATUS_OK);
    CHECK(kt_report_level(r) == KT_LEVEL_NON_CONFORMANT);
    CHECK(strcmp(level_id(kt_report_level(r)), "non-conformant") == 0);
    CHECK(finding_of(r, "CONF-07") < kt_report_finding_count(r));
    kt_report_free(r);
    free(all);
    CHECK(strcmp(level_id(KT_LEVEL_NOT_ASSESSED), "not-assessed") == 0);
}

static void test_bad_inputs(const kt_baseline *b) {
    kt_report *r = NULL;
    const char *bad = "{\n  \"kientruc\": \"project/1\",\n  \"id\": \"x\" \"components\": []\n}";
    CHECK(kt_baseline_check(b, (const unsigned char *)bad, strlen(bad), NULL, &r) == KT_STATUS_PARSE);
    CHECK(r == NULL);
    CHECK(strstr(last_error(), ":3:13") != NULL);
    CHECK(kt_last_error_length() == strlen(last_error()) + 1);
    CHECK(kt_baseline_check(b, NULL, 0, NULL, &r) == KT_STATUS_PARSE);
    CHECK(kt_baseline_check(b, NULL, 5, NULL, &r) == KT_STATUS_NULL_ARGUMENT);
    const unsigned char vni[] = "{\"kientruc\":\"project/1\",\"id\":\"Tr\xf6\xf4\xf9ng\"}";
    CHECK(kt_baseline_check(b, vni, sizeof vni - 1, NULL, &r) == KT_STATUS_ENCODING);
    CHECK(strstr(last_error(), "VNI") != NULL);
    const char *shape = "{\"kientruc\":\"project/1\",\"id\":\"x\",\"components\":[{\"id\":\"c\",\"kind\":\"portal\",\"ipv6\":\"yes\"}]}";
    CHECK(kt_baseline_check(b, (const unsigned char *)shape, strlen(shape), NULL, &r) == KT_STATUS_SCHEMA);
    CHECK(strstr(last_error(), "$.components[0].ipv6") != NULL);
    /* Deep nesting. */
    size_t depth = 100000, n = 0;
    char *deep = malloc(2 * depth + 64);
    n += (size_t)sprintf(deep, "{\"kientruc\":\"project/1\",\"id\":\"x\",\"name\":");
    memset(deep + n, '[', depth);
    n += depth;
    memset(deep + n, ']', depth);
    n += depth;
    deep[n++] = '}';
    CHECK(kt_baseline_check(b, (const unsigned char *)deep, n, NULL, &r) == KT_STATUS_LIMIT);
    free(deep);
    /* NULL arguments. */
    CHECK(kt_baseline_check(NULL, (const unsigned char *)"{}", 2, NULL, &r) == KT_STATUS_NULL_ARGUMENT);
    CHECK(strstr(last_error(), "baseline") != NULL);
    CHECK(kt_baseline_check(b, (const unsigned char *)"{}", 2, NULL, NULL) == KT_STATUS_NULL_ARGUMENT);
    CHECK(kt_report_counts(NULL, NULL) == KT_STATUS_NULL_ARGUMENT);
    CHECK(kt_report_level(NULL) == KT_LEVEL_NONE);
    CHECK(kt_report_finding_count(NULL) == 0);
    CHECK(kt_report_outcome_count(NULL) == 0);
    char *s = NULL;
    CHECK(kt_report_render(NULL, KT_FORMAT_JSON, KT_LANG_VI, &s, NULL) == KT_STATUS_NULL_ARGUMENT);
    kt_report_free(NULL);
    kt_baseline_free(NULL);
    kt_string_free(NULL);
}

static void test_baselines(void) {
    kt_baseline *b = NULL;
    CHECK(kt_baseline_builtin((const unsigned char *)"quang-ngai-2.0", 14, &b) == KT_STATUS_OK && b);
    kt_baseline_free(b);
    b = NULL;
    CHECK(kt_baseline_builtin((const unsigned char *)"ha-noi-9.9", 10, &b) == KT_STATUS_UNKNOWN_BASELINE && b == NULL);
    CHECK(strstr(last_error(), "error[unknown-baseline]: unknown baseline 'ha-noi-9.9'") != NULL);
    CHECK(kt_baseline_builtin(NULL, 3, &b) == KT_STATUS_NULL_ARGUMENT);
    CHECK(kt_baseline_builtin((const unsigned char *)"\xc3\x28", 2, &b) == KT_STATUS_INVALID_UTF8);
    CHECK(kt_baseline_default(NULL) == KT_STATUS_NULL_ARGUMENT);
    size_t len;
    unsigned char *json = slurp("core/data/baselines/quang-ngai-2.0.json", &len);
    CHECK(kt_baseline_from_json(json, len, NULL, &b) == KT_STATUS_OK);
    kt_baseline_free(b);
    b = NULL;
    CHECK(kt_baseline_from_json(json, utf8_half(json, len), NULL, &b) == KT_STATUS_PARSE && b == NULL);
    free(json);
    /* Success clears the last error. */
    CHECK(kt_baseline_default(&b) == KT_STATUS_OK);
    CHECK(kt_last_error_length() == 0);
    kt_baseline_free(b);
}

static void test_last_error_truncation(void) {
    kt_baseline *b = NULL;
    kt_baseline_builtin((const unsigned char *)"nope", 4, &b);
    char small[8];
    memset(small, 'x', sizeof small);
    CHECK(kt_last_error_message(small, sizeof small) == 7);
    CHECK(small[7] == 0 && strlen(small) == 7);
    CHECK(kt_last_error_message(NULL, 10) == 0);
    CHECK(kt_last_error_message(small, 0) == 0);
}

static void test_validation_rules_and_schemas(void) {
    size_t len, plen;
    unsigned char *model = slurp("examples/models/invalid-commune.json", &len);
    kt_report *r = NULL;
    CHECK(kt_validate_model(model, len, NULL, &r) == KT_STATUS_OK);
    CHECK(kt_report_level(r) == KT_LEVEL_NONE);
    kt_counts c;
    kt_report_counts(r, &c);
    CHECK(c.error == 13 && c.warning == 7);
    kt_report_free(r);
    free(model);
    model = slurp("examples/models/valid-commune.json", &len);
    unsigned char *pack = slurp("examples/rulepacks/quang-ngai-extra.json", &plen);
    kt_options *o = NULL;
    CHECK(kt_options_new(&o) == KT_STATUS_OK);
    CHECK(kt_options_add_rulepack(o, pack, plen) == KT_STATUS_OK);
    CHECK(kt_validate_model(model, len, o, &r) == KT_STATUS_OK);
    CHECK(kt_report_finding_count(r) == 4);
    kt_report_free(r);
    CHECK(kt_options_add_rulepack(o, NULL, plen) == KT_STATUS_NULL_ARGUMENT);
    CHECK(kt_options_add_rulepack(o, pack, utf8_half(pack, plen)) == KT_STATUS_PARSE);
    CHECK(strstr(last_error(), "<rulepack 1>") != NULL);
    kt_options_free(o);
    free(pack);
    free(model);
    char *s = NULL;
    size_t n = 0;
    CHECK(kt_rules_json(&s, &n) == KT_STATUS_OK && s[0] == '[' && strstr(s, "\"CONF-14\"") && strlen(s) == n);
    kt_string_free(s);
    CHECK(kt_schema("project", &s, NULL) == KT_STATUS_OK && strstr(s, "\"$schema\""));
    kt_string_free(s);
    CHECK(kt_schema("nonsense", &s, NULL) == KT_STATUS_INVALID_ARGUMENT);
    CHECK(kt_schema(NULL, &s, NULL) == KT_STATUS_NULL_ARGUMENT);
    CHECK(strcmp(level_id(KT_LEVEL_CONSISTENT), "consistent") == 0);
    CHECK(kt_version() && kt_version()[0]);
}

static void test_archimate(void) {
    size_t len;
    unsigned char *model = slurp("core/data/baselines/quang-ngai-2.0.json", &len);
    char *xml = NULL, *json = NULL, *xml2 = NULL;
    size_t xml_len = 0, json_len = 0;
    CHECK(kt_archimate_export(model, len, NULL, &xml, &xml_len) == KT_STATUS_OK);
    CHECK(xml && strncmp(xml, "<?xml", 5) == 0 && strlen(xml) == xml_len);
    CHECK(kt_archimate_import((const unsigned char *)xml, xml_len, NULL, &json, &json_len) == KT_STATUS_OK);
    CHECK(json && strstr(json, "\"national:population\"") != NULL);
    CHECK(kt_archimate_export((const unsigned char *)json, json_len, NULL, &xml2, NULL) == KT_STATUS_OK);
    CHECK(xml2 && strcmp(xml, xml2) == 0);
    kt_string_free(xml);
    kt_string_free(xml2);
    kt_string_free(json);
    free(model);
    const char *old = "<?xml version=\"1.0\"?>\n<model xmlns=\"http://www.opengroup.org/xsd/archimate\" identifier=\"m\"/>";
    CHECK(kt_archimate_import((const unsigned char *)old, strlen(old), NULL, &json, NULL) == KT_STATUS_PARSE);
    CHECK(strstr(last_error(), ":2:") != NULL && strstr(last_error(), "2.x") != NULL);
    CHECK(kt_archimate_import(NULL, 3, NULL, &json, NULL) == KT_STATUS_NULL_ARGUMENT);
}

/* One baseline shared by several threads: every thread's reports equal the serial one, and the
 * last error is per thread (a failure in one thread is not seen in another). */
struct worker {
    const kt_baseline *b;
    const unsigned char *project;
    size_t len;
    const char *serial;
    int mismatches;
};

static void *work(void *arg) {
    struct worker *w = arg;
    for (int i = 0; i < 200; i++) {
        kt_report *r = NULL;
        char *json = NULL;
        if (kt_baseline_check(w->b, w->project, w->len, NULL, &r) != KT_STATUS_OK ||
            kt_report_render(r, KT_FORMAT_JSON, KT_LANG_VI, &json, NULL) != KT_STATUS_OK ||
            strcmp(json, w->serial) != 0)
            w->mismatches++;
        kt_string_free(json);
        kt_report_free(r);
        /* An error in this thread; the next successful call must still succeed. */
        kt_report *bad = NULL;
        if (kt_baseline_check(w->b, (const unsigned char *)"{", 1, NULL, &bad) != KT_STATUS_PARSE) w->mismatches++;
    }
    return NULL;
}

static void test_threads(const kt_baseline *b) {
    size_t len = 0;
    unsigned char *p = slurp("examples/projects/point-to-point-land.json", &len);
    kt_report *r = NULL;
    char *serial = NULL;
    CHECK(kt_baseline_check(b, p, len, NULL, &r) == KT_STATUS_OK);
    CHECK(kt_report_render(r, KT_FORMAT_JSON, KT_LANG_VI, &serial, NULL) == KT_STATUS_OK);
    kt_report_free(r);
    enum { N = 4 };
    pthread_t t[N];
    struct worker w[N];
    for (int i = 0; i < N; i++) {
        w[i] = (struct worker){b, p, len, serial, 0};
        CHECK(pthread_create(&t[i], NULL, work, &w[i]) == 0);
    }
    for (int i = 0; i < N; i++) {
        CHECK(pthread_join(t[i], NULL) == 0);
        CHECK(w[i].mismatches == 0);
    }
    /* This thread's last call (the render above) succeeded; the workers' parse errors stayed in
     * their threads. */
    CHECK(kt_last_error_length() == 0);
    kt_string_free(serial);
    free(p);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s EXPECTED.tsv REPO_ROOT\n", argv[0]);
        return 2;
    }
    root = argv[2];
    kt_baseline *b = NULL;
    CHECK(kt_baseline_default(&b) == KT_STATUS_OK);
    test_examples(b, argv[1]);
    test_report_accessors(b);
    test_acceptance(b);
    test_chosen();
    test_bad_inputs(b);
    test_baselines();
    test_last_error_truncation();
    test_validation_rules_and_schemas();
    test_archimate();
    test_threads(b);
    test_out_of_range_values();
    test_options_and_limits();
    test_report_info_and_levels();
    test_baselines_export_and_validate();
    test_project_rule_packs();
    test_diagram();
    test_render_many();
    kt_baseline_free(b);
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
