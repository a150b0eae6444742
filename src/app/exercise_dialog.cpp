// exercise_dialog.cpp - Class > Make exercise: the teacher's key is the open document's
// annotations; the dialog takes the title, instructions, settings and each key claim's
// feedback (the annotation's note, as the key file stores it) and downloads the student file
// and the key file (core/classroom/exercise.h writes both). The exercise (with its id) is
// kept in the document's collection properties, so making it again later keeps the id and
// students' hand-ins still match.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/app.h"
#include "app/classroom.h"
#include "app/keys.h"
#include "app/labels.h"
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

// ImGui's text box does not wrap: when a line of `text` is wider than the box just drawn,
// the text follows, wrapped, as the students will read it (unformatted: any length).
void wrapped_preview(const std::string& text, const std::string& probe) {
  if (ImGui::CalcTextSize(text.c_str()).x <= ImGui::GetItemRectSize().x - 2 * ImGui::GetStyle().FramePadding.x) return;
  const std::string shown = "Students read: " + text;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextUnformatted(shown.c_str(), shown.c_str() + shown.size());
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  ui_probe::item(probe);
}

}  // namespace

void ExerciseDialog::Open(App& app) {
  AppState& s = app.state;
  s.commit_note_draft();
  doc_id_ = s.current_id();
  list_content_h_ = 0;  // another document's claims: estimate again until drawn
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

void ExerciseDialog::Draw(App& app) {
  AppState& s = app.state;
  if (s.current_id() != doc_id_) {  // another document was opened meanwhile
    open = false;
    return;
  }
  const float dpr = app.dpr;
  const auto& anns = s.store().annotations();
  if (feedback_.size() != anns.size()) {  // annotations came or went (undo, another tab)
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
  ImGui::InputText("##exercise_title", &exercise_.title);
  ui_probe::item("exercise.title");
  ImGui::TextDisabled("Instructions, shown beside the article");
  ImGui::InputTextMultiline("##exercise_instructions", &exercise_.instructions,
                            ImVec2(-1, ImGui::GetTextLineHeight() * 4.5f));
  ui_probe::item("exercise.instructions");
  wrapped_preview(exercise_.instructions, "exercise.instructions.preview");

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
  ImGui::Checkbox("The category must match (a mark finds a key claim only with the key\u2019s category)",
                  &exercise_.settings.category_must_match);
  ui_probe::item("exercise.mustMatch");

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
    ImGui::InputTextMultiline("##feedback", &feedback_[i], ImVec2(-1, ImGui::GetTextLineHeight() * 2.6f));
    ui_probe::item("exercise.feedback." + std::to_string(i));
    if (feedback_[i].empty() && !ImGui::IsItemActive()) {
      const ImVec2 m = ImGui::GetItemRectMin();
      ImGui::GetWindowDrawList()->AddText(ImVec2(m.x + ImGui::GetStyle().FramePadding.x, m.y + ImGui::GetStyle().FramePadding.y),
                                          ImGui::GetColorU32(ImGuiCol_TextDisabled),
                                          "Feedback for this claim (optional), e.g. where to check it");
    }
    wrapped_preview(feedback_[i], "exercise.feedback." + std::to_string(i) + ".preview");
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
