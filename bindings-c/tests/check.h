/* What the C test files share: the CHECK counter, the repository root, reading files, the last
 * error, options built from files, and a level's id. Definitions in test_kientruc.c. */
#ifndef KT_TEST_CHECK_H
#define KT_TEST_CHECK_H

#include <stddef.h>
#include <stdio.h>

#include "kientruc.h"

extern int passed, failed;
extern const char *root;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (cond) {                                                                  \
            passed++;                                                                \
        } else {                                                                     \
            failed++;                                                                \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                            \
    } while (0)

/* The last error of this thread (a static buffer). */
char *last_error(void);
/* The bytes of REPO_ROOT/rel (NUL-terminated too); exits on failure. Free with free(). */
unsigned char *slurp(const char *rel, size_t *len);
/* Adds the comma-separated files `list` ("-" for none; paths relative to REPO_ROOT/dir) to `o`
 * as rule packs (acceptances = 0) or acceptances (1); the status of the first failure. */
kt_status add_files(kt_options *o, const char *dir, const char *list, int acceptances);
/* The id of a level, "?" for a value kt_level_id refuses. */
const char *level_id(kt_level level);

/* test_calls.c */
void test_out_of_range_values(void);
void test_options_and_limits(void);
void test_report_info_and_levels(void);
void test_baselines_export_and_validate(void);
void test_project_rule_packs(void);
void test_diagram(void);
void test_render_many(void);

#endif
