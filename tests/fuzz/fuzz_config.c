/*
 * fuzz_config: any bytes as the YAML configuration.  An error or a warning
 * always names file:line:column, and a configuration that loads has only
 * tags, keys, colours and views the rest of dossier accepts.
 */
#include "config.h"
#include "color.h"
#include "fuzz.h"

static void
check_loaded(const struct config *c)
{
	struct color_spec cs;
	char why[128];

	for (size_t i = 0; i < c->ncolors; i++)
		FUZZ_CHECK(color_parse(c->colors[i].spec, &cs, why, sizeof why) == 0,
		    "a colour that loaded does not parse");
	for (size_t i = 0; i < c->nkeys; i++)
		FUZZ_CHECK(key_name_valid(c->keys[i].key), "a key that loaded is not valid");
	for (size_t i = 0; i < c->ntags; i++)
		FUZZ_CHECK(config_tag(c, c->tags[i].name) != NULL, "a tag cannot be found");
	FUZZ_CHECK(c->max_file_size > 0 && c->max_lines > 0, "a limit is not positive");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config c;
	char err[ERRLEN], *copy = fuzz_copy(data, size);

	err[0] = '\0';
	config_defaults(&c);
	if (config_parse(&c, copy, size, "input.yaml", err, sizeof err) != ST_OK)
		FUZZ_CHECK(strncmp(err, "input.yaml:", 11) == 0, "an error does not name the file");
	else
		check_loaded(&c);
	for (size_t i = 0; i < c.warnings.n; i++)
		FUZZ_CHECK(strncmp(c.warnings.v[i], "input.yaml:", 11) == 0,
		    "a warning does not name the file");
	config_free(&c);
	free(copy);
	return 0;
}
