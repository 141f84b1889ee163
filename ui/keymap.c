#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/xalloc.h"
#include "keymap.h"
#include "term.h"

struct keybind {
	int key;
	struct binding b;
};

static struct keybind *map;
static size_t nmap;

static const struct {
	const char *name;
	int keys[3];
} named[] = {
	{ "Up", { KEYFN(KEY_UP) } }, { "Down", { KEYFN(KEY_DOWN) } },
	{ "Left", { KEYFN(KEY_LEFT) } }, { "Right", { KEYFN(KEY_RIGHT) } },
	{ "PgUp", { KEYFN(KEY_PPAGE) } }, { "PgDn", { KEYFN(KEY_NPAGE) } },
	{ "Home", { KEYFN(KEY_HOME) } }, { "End", { KEYFN(KEY_END) } },
	{ "Enter", { '\r', '\n', KEYFN(KEY_ENTER) } }, { "Tab", { '\t' } },
	{ "BTab", { KEYFN(KEY_BTAB) } }, { "Space", { ' ' } }, { "Esc", { 27 } },
	{ "Backspace", { 127, 8, KEYFN(KEY_BACKSPACE) } }, { "Del", { KEYFN(KEY_DC) } },
	{ "Ins", { KEYFN(KEY_IC) } },
};

/* The codes a key name stands for (up to 3); how many. */
static int
key_codes(const char *name, int codes[3])
{
	size_t len = strlen(name);

	if (len == 1) {
		codes[0] = (unsigned char)name[0];
		return 1;
	}
	if (len == 3 && name[0] == 'C' && name[1] == '-') {
		codes[0] = name[2] & 0x1f;
		return 1;
	}
	if (name[0] == 'F' && len <= 3 && name[1] >= '1' && name[1] <= '9') {
		codes[0] = KEYFN(KEY_F(atoi(name + 1)));
		return 1;
	}
	for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
		if (strcmp(named[i].name, name) != 0)
			continue;
		int n = 0;
		while (n < 3 && named[i].keys[n] != 0)
			codes[n] = named[i].keys[n], n++;
		return n;
	}
	return 0;
}

static void
keymap_set(int key, struct binding b)
{
	for (size_t i = 0; i < nmap; i++)
		if (map[i].key == key) {
			map[i].b = b;
			return;
		}
	map = xreallocarray(map, nmap + 1, sizeof *map);
	map[nmap].key = key;
	map[nmap].b = b;
	nmap++;
}

static void
keymap_add(const struct config *c, const char *name)
{
	int codes[3], n;
	struct binding b;

	if (!key_name_valid(name) || (n = key_codes(name, codes)) == 0)
		return;
	b = action_binding(c, name);
	for (int i = 0; i < n; i++)
		keymap_set(codes[i], b);
}

static void
keymap_add_words(const struct config *c, const char *words)
{
	char name[16];

	while (*words != '\0') {
		size_t n = strcspn(words, " ");
		if (n > 0 && n < sizeof name) {
			memcpy(name, words, n);
			name[n] = '\0';
			keymap_add(c, name);
		}
		words += n;
		words += strspn(words, " ");
	}
}

void
keymap_init(const struct config *c)
{
	keymap_free();
	for (int i = 1; i < A__COUNT; i++)
		keymap_add_words(c, actions[i].keys);
	for (size_t i = 0; i < c->ntags; i++)
		if (c->tags[i].key != NULL)
			keymap_add(c, c->tags[i].key);
	for (size_t i = 0; i < c->nkeys; i++)
		keymap_add(c, c->keys[i].key);
}

void
keymap_free(void)
{
	free(map);
	map = NULL;
	nmap = 0;
}

struct binding
keymap_lookup(int key)
{
	struct binding none = { A_NONE, -1 };

	for (size_t i = 0; i < nmap; i++)
		if (map[i].key == key)
			return map[i].b;
	return none;
}

void
keymap_name(int key, char *out, size_t size)
{
	for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
		for (int j = 0; j < 3 && named[i].keys[j] != 0; j++)
			if (named[i].keys[j] == key) {
				snprintf(out, size, "%s", named[i].name);
				return;
			}
	if (key > 0 && key < 0x20)
		snprintf(out, size, "C-%c", key + 'a' - 1);
	else if (key >= KEYFN(KEY_F(1)) && key <= KEYFN(KEY_F(12)))
		snprintf(out, size, "F%d", key - KEYFN(KEY_F(0)));
	else if (key > 0x20 && key < 0x7f)
		snprintf(out, size, "%c", key);
	else
		snprintf(out, size, "key %#x", (unsigned)key);
}
