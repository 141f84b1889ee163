#include "status.h"

static const struct {
	const char *msg;
	int code;
} statuses[ST__COUNT] = {
	[ST_OK] = { "success", 0 },
	[ST_FAIL] = { "failed", 1 },
	[ST_USAGE] = { "usage error", 64 },
	[ST_DATA] = { "bad data", 65 },
	[ST_NOINPUT] = { "cannot open input", 66 },
	[ST_IO] = { "input/output error", 74 },
	[ST_CONFIG] = { "configuration error", 78 },
	[ST_NOTFOUND] = { "not found", 1 },
	[ST_EXISTS] = { "already exists", 0 },
	[ST_BUSY] = { "database is busy", 75 },
	[ST_NOMEM] = { "out of memory", 71 },
};

const char *
status_str(enum status st)
{
	if (st < 0 || st >= ST__COUNT)
		return "unknown error";
	return statuses[st].msg;
}

int
status_exit(enum status st)
{
	if (st < 0 || st >= ST__COUNT)
		return 1;
	return statuses[st].code;
}
