// exercise_dialog.cpp - Class > Make exercise: the teacher's key is the open document's
// annotations; the dialog takes the title, instructions, settings and each key claim's
// feedback (the annotation's note, as the key file stores it) and downloads the student file
// and the key file (core/classroom/exercise.h writes both). The exercise (with its id) is
// kept in the document's collection properties, so making it again later keeps the id and
// students' hand-ins still match.
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/app.h"
#include "app/classroom.h"
#include "app/keys.h"
#include "app/labels.h"
#include "app/nav_speech.h"
#include "app/text_area.h"
#include "app/theme.h"
#include "app/ui_probe.h"
#include "platform/platform.h"

namespace cls = core::classroom;

namespace {
constexpr const char* kBuiltIn[] = {"claim", "statistic", "quote", "date", "person-org", "opinion"};

std::string shorten(const std::string& s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return s.substr(0, cut) + "\u2026";
}

std::string trimmed(std::string s) {
  s.erase(0, s.find_first_not_of(" \t\r\n"));
  s.erase(s.find_last_not_of(" \t\r\n") + 1);
  return s;
}

// A checkbox whose label wraps (a phone's dialog is narrower than the sentence); a click on
// the label ticks it too.
void wrapped_checkbox(const char* label, const std::string& probe, bool* value) {
  ImGui::Checkbox(("##" + probe).c_str(), value);
  ui_probe::item(probe);
  if (nav_speech::active()) nav_speech::describe_last_item(label);  // (", checked" follows)
  ImGui::SameLine();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::PopTextWrapPos();
  if (ImGui::IsItemClicked()) *value = !*value;
}

}  // namespace

void ExerciseDialog::Open(App& app) {
  AppState& s = app.state;
  s.commit_note_draft();
  doc_id_ = s.current_id();
  list_content_h_ = 0;  // another document's claims: estimate again until drawn
  editing_ = -1;
  const auto info = session::document_exercise(s.doc());
  if (info && info->kind == cls::FileKind::Key) {
    exercise_ = info->exercise;  // the same id: hand-ins of an earlier download still match
  } else {
    exercise_ = cls::new_exercise(s.article().title);
  }
  offered_.assign(std::begin(kBuiltIn), std::end(kBuiltIn));
  for (const core::Annotation& a : s.store().annotations())
    if (!a.category.empty() && std::find(offered_.begin(), offered_.end(), a.category) == offered_.end())
      offered_.push_back(a.category);
  for (const std::string& c : exercise_.settings.categories)
    if (std::find(offered_.begin(), offered_.end(), c) == offered_.end()) offered_.push_back(c);
  counts_.assign(offered_.size(), true);
  if (!exercise_.settings.categories.empty())
    for (size_t i = 0; i < offered_.size(); ++i) counts_[i] = exercise_.settings.counts(offered_[i]);
  feedback_.clear();
  for (const core::Annotation& a : s.store().annotations()) feedback_.push_back(a.note);
  last_made.clear();
  open = true;
}

std::string* ExerciseDialog::text_of(int box) {
  if (box == 0) return &exercise_.instructions;
  if (box >= 1 && static_cast<size_t>(box) <= feedback_.size()) return &feedback_[static_cast<size_t>(box) - 1];
  return nullptr;
}

// A long text box (the instructions, a claim's feedback): its text wrapped, as students
// will read it. A click, or Enter on it, lays the page's text area over it (text_area.h),
// which wraps and grows as the teacher types.
void ExerciseDialog::long_box(int box, float dpr, float min_lines, float max_lines, const std::string& placeholder,
                              const std::string& label, const std::string& probe) {
  std::string& text = *text_of(box);
  platform::NoteFieldStyle style = text_area::style(dpr, min_lines, max_lines, placeholder, label);
  style.tab_moves = true;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x;
  const float min_h = style.min_height * dpr;
  const bool editing = editing_ == box;
  const bool held = text_area::owner() == text_area::Owner::Exercise;
  const float h = editing ? std::max(min_h, held ? platform::note_field_height() * dpr : 0.0f)
                          : text_area::box_height(text, w, dpr, min_h);
  // A button that Tab also reaches and presses (ImGui's tab stops are its text fields).
  ImGui::PushID(box);
  const ImGuiID id = ImGui::GetID("##box");
  ImGui::PopID();
  const ImRect bb(p, ImVec2(p.x + w, p.y + h));
  ImGui::ItemSize(bb);
  bool clicked = false;
  if (ImGui::ItemAdd(bb, id, nullptr, ImGuiItemFlags_Inputable)) {
    bool hovered = false, down = false;
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    clicked = ImGui::ButtonBehavior(bb, id, &hovered, &down) || g.NavActivateInputId == id;  // (tabbed to)
  }
  ui_probe::item(probe);
  if (nav_speech::active())
    nav_speech::describe_last_item(label + ", text box: " + (text.empty() ? std::string("empty") : shorten(text, 200)) +
                                   ", Enter to edit");
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
  const ImVec2 q(p.x + w, p.y + h);
  const bool over = editing && ImGui::GetCurrentWindow()->ClipRect.Contains(ImRect(p, q));
  text_area::draw_box(p, q, dpr, text, placeholder, over);
  if (over) {
    if (text_area::place(text_area::Owner::Exercise, p, w, dpr, style) || set_text_) {
      platform::note_field_set_text(text);
      set_text_ = false;
    }
    if (focus_field_) {
      platform::note_field_focus();
      focus_field_ = false;
    }
  } else if (editing && focus_field_) {
    ImGui::ScrollToRect(ImGui::GetCurrentWindow(), bb);  // Tab went to it: into view first
  } else if (editing) {
    editing_ = -1;  // scrolled out of view: the page's text area goes, the text stays
  }
  if (clicked && !editing) {
    editing_ = box;
    set_text_ = focus_field_ = true;
  }
}

void ExerciseDialog::Draw(App& app) {
  AppState& s = app.state;
  // What the teacher did in the page's text area since the last frame.
  for (platform::NoteFieldEvent& e : text_area::events(text_area::Owner::Exercise)) {
    if (e.kind == platform::NoteFieldEvent::Input) {
      if (std::string* t = text_of(editing_)) *t = std::move(e.text);
    } else if (e.kind == platform::NoteFieldEvent::Escape || e.kind == platform::NoteFieldEvent::Blur) {
      editing_ = -1;
    } else if (e.kind == platform::NoteFieldEvent::Tab || e.kind == platform::NoteFieldEvent::BackTab) {
      // On to the next box (or back), past the last (or the first) out of the boxes.
      const int next = editing_ + (e.kind == platform::NoteFieldEvent::Tab ? 1 : -1);
      focus_title_ = editing_ == 0 && next < 0;  // back from the instructions: the title above them
      editing_ = editing_ >= 0 && text_of(next) ? next : -1;
      set_text_ = focus_field_ = editing_ >= 0;
    }
  }
  if (s.current_id() != doc_id_) {  // another document was opened meanwhile
    open = false;
    return;
  }
  const float dpr = app.dpr;
  const auto& anns = s.store().annotations();
  if (feedback_.size() != anns.size()) {  // annotations came or went (undo, another tab)
    if (editing_ > 0) editing_ = -1;  // the box it was over may be another claim's now
    feedback_.clear();
    for (const core::Annotation& a : anns) feedback_.push_back(a.note);
  }
  ImGui::OpenPopup("Make exercise");
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float w = std::min(680 * dpr, vp->Size.x - 16 * dpr);
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(w, 0), ImGuiCond_Always);  // as tall as it needs
  if (!ImGui::BeginPopupModal("Make exercise", nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse)) return;
  const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
  ui_probe::rect("dialog", wp, ImVec2(wp.x + ws.x, wp.y + ws.y));

  ImGui::PushTextWrapPos(0.0f);
  if (anns.empty()) {
    ImGui::TextColored(ImVec4(0.75f, 0.25f, 0.1f, 1), "%s",
                       "There is no key yet. Close this, mark the claims students should find (select the "
                       "text, then Mark as), and come back.");
  } else {
    ImGui::Text("The key: the %zu annotation%s on this article. Students get the article and the "
                "instructions, never the key.", anns.size(), anns.size() == 1 ? "" : "s");
  }
  ImGui::PopTextWrapPos();
  ImGui::Spacing();

  ImGui::TextDisabled("Title (names the students\u2019 files)");
  ImGui::SetNextItemWidth(-1);
  if (focus_title_) {
    ImGui::SetKeyboardFocusHere();
    focus_title_ = false;
  }
  ImGui::InputText("##exercise_title", &exercise_.title);
  ui_probe::item("exercise.title");
  ImGui::TextDisabled("Instructions, shown beside the article");
  long_box(0, dpr, 3, 8, "What students should do, e.g. mark the claims a fact-checker would check first",
           "Instructions", "exercise.instructions");

  ImGui::Spacing();
  ImGui::TextDisabled("Categories that count (marks in others are left out of every figure)");
  for (size_t i = 0; i < offered_.size(); ++i) {
    if (i > 0) {
      const float next = ImGui::CalcTextSize(category_label(offered_[i]).c_str()).x + ImGui::GetFrameHeight() * 2;
      if (ImGui::GetContentRegionAvail().x > next + ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x) ImGui::SameLine();
    }
    bool on = counts_[i];
    if (ImGui::Checkbox((category_label(offered_[i]) + "##count" + offered_[i]).c_str(), &on)) counts_[i] = on;
    ui_probe::item("exercise.category." + offered_[i]);
  }
  wrapped_checkbox("The category must match (a mark finds a key claim only with the key\u2019s category)",
                   "exercise.mustMatch", &exercise_.settings.category_must_match);
  wrapped_checkbox("Students may use Claims > Suggest claims (off: they find the claims themselves)",
                   "exercise.suggestions", &exercise_.settings.claim_suggestions);

  ImGui::Spacing();
  ImGui::TextDisabled("Key claims and the feedback students see after handing in");
  // The list is as tall as its claims (and their wrapped feedback) were drawn last frame, up
  // to what the window leaves (then it scrolls); an estimate on the first frame.
  const ImGuiStyle& st = ImGui::GetStyle();
  const float per_claim = ImGui::GetTextLineHeight() * 3.6f + st.ItemSpacing.y * 3;
  const float room = vp->Size.y - 16 * dpr - (ImGui::GetCursorScreenPos().y - ImGui::GetWindowPos().y) -
                     ImGui::GetFrameHeightWithSpacing() * 2 - ImGui::GetTextLineHeightWithSpacing() * 2 - st.WindowPadding.y * 2;
  const float want = list_content_h_ > 0 ? list_content_h_ + st.WindowPadding.y * 2
                                         : per_claim * std::max<size_t>(1, anns.size()) + st.WindowPadding.y * 2;
  const float list_h = std::max(80 * dpr, std::min(want, room));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10 * dpr, 8 * dpr));
  ImGui::BeginChild("key_claims", ImVec2(0, list_h), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
  {
    const ImVec2 lp = ImGui::GetWindowPos(), ls = ImGui::GetWindowSize();
    ui_probe::rect("exercise.claims", lp, ImVec2(lp.x + ls.x, lp.y + ls.y));
  }
  ImGui::PopStyleVar();
  for (size_t i = 0; i < anns.size(); ++i) {
    const core::Annotation& a = anns[i];
    ImGui::PushID(static_cast<int>(i));
    category_dot(a.category);
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::Text("%zu. %s: \u201C%s\u201D", i + 1, category_label(a.category).c_str(), shorten(a.exact, 160).c_str());
    ImGui::PopTextWrapPos();
    long_box(static_cast<int>(i) + 1, dpr, 2, 8, "Feedback for this claim (optional), e.g. where to check it",
             "Feedback for claim " + std::to_string(i + 1), "exercise.feedback." + std::to_string(i));
    ImGui::PopID();
    ImGui::Spacing();
  }
  // What the claims took: from the top padding (GetCursorPosY counts it, and not the scroll)
  // to the end of the last one, without the spacing after it.
  list_content_h_ = ImGui::GetCursorPosY() - st.WindowPadding.y - st.ItemSpacing.y;
  ImGui::EndChild();

  if (!last_made.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(last_made.c_str());
    ImGui::PopTextWrapPos();
    ui_probe::text("exercise.made", last_made);
  }
  ImGui::BeginDisabled(anns.empty());
  const bool make = ImGui::Button("Download student file and key file");
  ui_probe::item("exercise.make");
  ImGui::EndDisabled();
  ImGui::SameLine();
  const bool close = ImGui::Button("Close", ImVec2(120 * dpr, 0)) || (keys::escape() && (keys::take_escape(), true));
  ui_probe::item("exercise.close");

  if (make) {
    // The feedback becomes the key annotations' notes (undoable like any edit).
    for (size_t i = 0; i < anns.size() && i < feedback_.size(); ++i) {
      if (anns[i].note != feedback_[i]) {
        core::Annotation changed = anns[i];
        changed.note = feedback_[i];
        s.update_annotation(changed);
      }
    }
    exercise_.title = trimmed(exercise_.title);
    if (exercise_.title.empty()) exercise_.title = s.article().title;
    exercise_.settings.categories.clear();
    if (std::find(counts_.begin(), counts_.end(), false) != counts_.end())
      for (size_t i = 0; i < offered_.size(); ++i)
        if (counts_[i]) exercise_.settings.categories.push_back(offered_[i]);
    session::set_key_exercise(s.doc(), exercise_);  // saved with the document
    const std::string base = cls::file_name_part(exercise_.title, "exercise");
    const std::string student_name = base + "-student.json", key_name = base + "-key.json";
    platform::download(student_name, "application/ld+json", cls::write_student_file(s.article(), exercise_));
    platform::download(key_name, "application/ld+json",
                       cls::write_key_file(s.article(), exercise_, s.store().annotations()));
    last_made = "Downloaded \u201C" + student_name + "\u201D (give it to the students) and \u201C" + key_name +
                "\u201D (keep it: it holds the answers).";
  }
  if (close) {
    open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}
