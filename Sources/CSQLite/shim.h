// Shim for SQLite: SQLITE_TRANSIENT is a macro casting -1 to a function pointer,
// which Swift cannot import, so it is reached through a static inline function.
#ifndef CHANNELSIM_CSQLITE_SHIM_H
#define CHANNELSIM_CSQLITE_SHIM_H
#include <sqlite3.h>

static inline sqlite3_destructor_type cs_sqlite_transient(void) { return SQLITE_TRANSIENT; }
#endif
