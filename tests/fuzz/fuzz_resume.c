/*
 * fuzz_resume: any bytes read as a JSON Resume or dossier YAML document,
 * whether or not import would have sniffed it as one: the path through
 * libyaml, the bounded node tree (depth, alias expansion) and the reader.
 */
#include "buf.h"
#include "fuzz.h"
#include "profile.h"
#include "resume.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct profile **v = NULL;
	size_t n = 0;
	char err[ERRLEN], *copy = fuzz_copy(data, size);

	err[0] = '\0';
	if (resume_parse(copy, size, "input.json", &v, &n, err, sizeof err) != ST_OK) {
		FUZZ_CHECK(v == NULL && n == 0, "a failed parse returns profiles");
		FUZZ_CHECK(strncmp(err, "input.json", 10) == 0, "an error does not name the input");
	}
	for (size_t i = 0; i < n; i++) {
		struct buf y = BUF_INIT;
		profile_sanitize(v[i]);
		resume_yaml(v[i], &y);
		FUZZ_CHECK(fuzz_safe(buf_str(&y), 1), "YAML output holds a control");
		buf_free(&y);
		profile_free(v[i]);
	}
	free(v);
	free(copy);
	return 0;
}
