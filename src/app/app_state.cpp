// app_state.cpp - see app_state.h.
#include "app/app_state.h"

#include "platform/platform.h"

void AppState::pump(double now_ms, bool force) {
  session::Effects fx = take_effects(now_ms, force);
  for (const session::StorageWrite& w : fx.writes) {
    platform::storage_write(w.id, w.checks, w.puts, w.removes, w.remove_prefixes);
  }
  for (const session::StorageRead& r : fx.reads) platform::storage_read(r.id, r.keys, r.prefixes);
  for (const session::FileDownload& d : fx.downloads) platform::download(d.filename, d.mime, d.bytes);
  if (fx.reload_page) platform::reload_page();
}
