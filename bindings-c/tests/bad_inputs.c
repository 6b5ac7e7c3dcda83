/* The bad-input corpus (tests/bad-inputs/expected.tsv) through the C API: the same error code as
 * every other face, as a kt_status whose kt_status_code is that code; findings in the report. Run under valgrind and ASan by the
 * Makefile, so a leak or an invalid access on any bad input fails the run.
 *   bad_inputs <repo root> */
#include "kientruc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *buf = malloc(n > 0 ? (size_t)n : 1);
    *len = buf ? fread(buf, 1, (size_t)n, f) : 0;
    fclose(f);
    return buf;
}

/* Whether the report has a finding of `rule`. */
static int has_finding(const kt_report *r, const char *rule) {
    size_t n = kt_report_finding_count(r);
    for (size_t i = 0; i < n; i++) {
        char *s = NULL;
        size_t len = 0;
        if (kt_report_finding_field(r, i, KT_FIELD_RULE, KT_LANG_EN, &s, &len) != KT_STATUS_OK) continue;
        int same = strcmp(s, rule) == 0;
        kt_string_free(s);
        if (same) return 1;
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: bad_inputs <repo root>\n");
        return 2;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/bad-inputs/expected.tsv", argv[1]);
    FILE *tsv = fopen(path, "r");
    if (!tsv) {
        perror(path);
        return 2;
    }
    kt_baseline *b = NULL;
    if (kt_baseline_default(&b) != KT_STATUS_OK) return 2;
    char line[1024];
    int cases = 0, failed = 0;
    while (fgets(line, sizeof line, tsv)) {
        if (line[0] == '#' || line[0] == '\n') continue;
        line[strcspn(line, "\r\n")] = 0;
        char *file = strtok(line, "\t"), *kind = strtok(NULL, "\t"), *expect = strtok(NULL, "\t");
        if (!file || !kind || !expect) continue;
        cases++;
        snprintf(path, sizeof path, "%s/tests/bad-inputs/%s", argv[1], file);
        size_t len = 0;
        unsigned char *data = slurp(path, &len);
        if (!data) {
            fprintf(stderr, "cannot read %s\n", path);
            failed++;
            continue;
        }
        kt_report *r = NULL;
        kt_status s = strcmp(kind, "model") == 0 ? kt_validate_model(data, len, NULL, &r)
                                                 : kt_baseline_check(b, data, len, NULL, &r);
        char got[256];
        if (s != KT_STATUS_OK) {
            snprintf(got, sizeof got, "error:%s", kt_status_code(s) ? kt_status_code(s) : "?");
        } else if (strncmp(expect, "finding:", 8) == 0) {
            snprintf(got, sizeof got, "%s", has_finding(r, expect + 8) ? expect : "finding missing");
        } else {
            snprintf(got, sizeof got, "ok");
        }
        kt_report_free(r);
        free(data);
        if (strcmp(got, expect) != 0) {
            fprintf(stderr, "%s: expected %s, got %s\n", file, expect, got);
            failed++;
        }
    }
    fclose(tsv);
    kt_baseline_free(b);
    if (cases < 40) {
        fprintf(stderr, "only %d cases\n", cases);
        return 1;
    }
    printf("C bad inputs: %d cases, %d failed\n", cases, failed);
    return failed ? 1 : 0;
}
