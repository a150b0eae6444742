// share_dialog.h - File > Share link and what opening a link shows (issue 9). Making a
// link: the open document's payloads (session/share.h) go to the browser to be compressed
// (platform::share_compress); the answer comes back as host call "share.compressed" and the
// dialog shows the link, its length, a warning above 8,000 characters, and the file instead
// when no link can hold it. Opening: the page hands over the address's fragment
// ("share.fragment"), the browser unpacks it ("share.payload"), the session adds it; a link
// with annotations only says which article to open and waits for it.
//
// How to use:
//   app.share.Request(app, true);                    // File > Share link
//   if (app.share.Handles(method)) return app.share.HandleCall(app, method, data);
//   app.share.AfterChange(app);                     // after every host call and frame
//   app.share.Draw(app);                            // with the other dialogs
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "session/share.h"

struct App;

struct ShareDialog {
  session::Shares shares;

  // Asks for a link of the open document; `show` opens the dialog (the scripting API does
  // not). Returns the request's id.
  uint64_t Request(App& app, bool show);
  static bool Handles(const std::string& method);
  std::string HandleCall(App& app, const std::string& method, std::string_view data);
  // A waiting link whose article is now open takes it; the page's address drops a link taken.
  void AfterChange(App& app);
  void Draw(App& app);
  bool visible() const { return show_made_ || show_opened_; }
  void ShowWaiting() { show_opened_ = shares.waiting(); }

 private:
  void draw_made(App& app);
  void draw_opened(App& app);
  uint64_t next_id_ = 1;
  std::map<uint64_t, bool> requests_;  // compressions on their way: id -> show the dialog
  bool making_ = false;                // the dialog waits for the browser
  bool show_made_ = false, show_opened_ = false;
  std::string pending_fragment_;       // arrived before the library was read
  std::string failure_;                // why the last link could not be made
};
