/* Checks a project file against the baseline the library chooses, with the province's rule packs
 * given after it, and prints the level and the findings.
 *
 *   cc -std=c99 check.c -I../../bindings-c/include -L../../target/release -lkientruc -o check
 *   LD_LIBRARY_PATH=../../target/release ./check ../projects/point-to-point-land.json
 *   LD_LIBRARY_PATH=../../target/release ./check ../projects/one-stop-upgrade.json ../rulepacks/quang-ngai-projects.json
 *
 * Exit status: 0 no failed error finding, 1 failed error findings, 2 bad input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kientruc.h"

static void print_error(const char *what) {
    char msg[1024];
    kt_last_error_message(msg, sizeof msg);
    fprintf(stderr, "%s: %s\n", what, msg);
}

static unsigned char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0, got;
    unsigned char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            unsigned char *bigger = realloc(buf, cap *= 2);
            if (!bigger) { free(buf); buf = NULL; }
            else buf = bigger;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s PROJECT.json [RULEPACK.json ...]\n", argv[0]);
        return 2;
    }
    /* Options: the rule packs; input limits would be set here too (kt_options_set_limit). */
    kt_options *options = NULL;
    if (kt_options_new(&options) != KT_STATUS_OK) return 2;
    for (int i = 2; i < argc; i++) {
        size_t len = 0;
        unsigned char *pack = read_file(argv[i], &len);
        if (!pack) {
            perror(argv[i]);
            kt_options_free(options);
            return 2;
        }
        kt_status s = kt_options_add_rulepack(options, pack, len);
        free(pack);
        if (s != KT_STATUS_OK) {
            print_error(argv[i]);
            kt_options_free(options);
            return 2;
        }
    }
    size_t len = 0;
    unsigned char *json = read_file(argv[1], &len);
    if (!json) {
        perror(argv[1]);
        kt_options_free(options);
        return 2;
    }
    kt_report *report = NULL;
    int code = 2;
    /* The baseline the library chooses: the project's own, else the one in force on its date. */
    if (kt_check(json, len, NULL, options, &report) != KT_STATUS_OK) {
        print_error(argv[1]);
    } else {
        const char *level = NULL;
        kt_level_id(kt_report_level(report), &level);
        printf("%s\n", level);
        size_t n = kt_report_finding_count(report);
        for (size_t i = 0; i < n; i++) {
            char *rule = NULL, *outcome = NULL, *subject = NULL, *message = NULL;
            kt_report_finding_field(report, i, KT_FIELD_RULE, KT_LANG_EN, &rule, NULL);
            kt_report_finding_field(report, i, KT_FIELD_OUTCOME, KT_LANG_EN, &outcome, NULL);
            kt_report_finding_field(report, i, KT_FIELD_SUBJECT, KT_LANG_EN, &subject, NULL);
            kt_report_finding_field(report, i, KT_FIELD_MESSAGE, KT_LANG_EN, &message, NULL);
            printf("%s\t%s\t%s\t%s\n", rule, outcome, subject, message);
            kt_string_free(rule);
            kt_string_free(outcome);
            kt_string_free(subject);
            kt_string_free(message);
        }
        kt_counts counts;
        kt_report_counts(report, &counts);
        code = counts.error > 0 ? 1 : 0;
    }
    kt_report_free(report);
    kt_options_free(options);
    free(json);
    return code;
}
