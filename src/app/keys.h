// keys.h - keys that several panels answer to, given to the first that uses them in a
// frame, so that one press of Escape closes one thing: a menu or dropdown first, then the
// editor, then the selection.
#pragma once

namespace keys {

void begin_frame();
bool escape();       // Escape was pressed this frame and nothing has taken it yet
void take_escape();  // what answered it calls this

// Closes the open menus and dropdowns (not dialogs) when Escape was pressed; true if it did.
bool close_menus_on_escape();
// A dialog (a modal popup) is open: shortcuts wait for it.
bool dialog_open();

}  // namespace keys
