// class_view.cpp - the teacher's class view: a key and the students' files, scored by
// core::classroom::ClassModel. A window over the article with the files not scored (by name,
// with the reason), exports (grades CSV, a feedback file per student) and four tabs: the
// students' table (sortable), the key claims (who found them), the heat map (how many
// students marked each stretch of the article; a click lists who and their notes) and
// agreement (Krippendorff's alpha).
//
// [SECTION] Loading  [SECTION] Window  [SECTION] Students  [SECTION] Key claims
// [SECTION] Heat map  [SECTION] Agreement  [SECTION] For the page
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/app.h"
#include "app/bidi_text.h"
#include "app/classroom.h"
#include "app/labels.h"
#include "app/theme.h"
#include "app/ui_probe.h"
#include "core/classroom/class_exports.h"
#include "platform/platform.h"

namespace cls = core::classroom;
using nlohmann::json;

namespace {

// Columns of the students' table. 2..13: P, R, F1 of each mode in kModes order.
enum Column : int { kName = 0, kMarks = 1, kFirstMode = 2, kCatAcc = 14, kFound, kPartly, kMissed, kExtra, kAlpha, kFeedback, kColumns };

std::string fig(std::optional<double> v, int decimals = 2) {
  if (!v) return "\u2013";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, *v);
  return buf;
}

double sort_value(const cls::StudentResult& s, int column) {
  if (column >= kFirstMode && column < kCatAcc) {
    const cls::ModeScore& m = s.scores.modes[static_cast<size_t>((column - kFirstMode) / 3)];
    const int which = (column - kFirstMode) % 3;
    return which == 0 ? m.precision : which == 1 ? m.recall : m.f1;
  }
  switch (column) {
    case kMarks: return double(s.annotations.size());
    case kCatAcc: return s.category_accuracy.value_or(-1.0);
    case kFound: return double(s.found.size());
    case kPartly: return double(s.partly.size());
    case kMissed: return double(s.missed.size());
    case kExtra: return double(s.extra.size());
    case kAlpha: return s.alpha_vs_key.overall.value_or(-2.0);
    default: return 0;
  }
}

std::string cell(const cls::StudentResult& s, int column) {
  if (column == kName) return s.name;
  if (column >= kFirstMode && column < kCatAcc) return fig(sort_value(s, column));
  switch (column) {
    case kCatAcc: return fig(s.category_accuracy);
    case kAlpha: return fig(s.alpha_vs_key.overall);
    case kFeedback: return "";
    default: return std::to_string(static_cast<long long>(sort_value(s, column)));
  }
}

std::string quote(const std::string& s, size_t max_bytes = 140) {
  std::string q = s;
  if (q.size() > max_bytes) {
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(q[cut]) & 0xC0) == 0x80) --cut;
    q = q.substr(0, cut) + "\u2026";
  }
  return "\u201C" + q + "\u201D";
}

// How many students marked a stretch, as a colour: light yellow (one) to orange-red (all of
// the most marked), translucent so the text stays readable on it (YlOrRd, ColorBrewer).
ImU32 heat_color(size_t students, size_t max, bool dark) {
  const float t = max <= 1 ? 1.0f : float(students - 1) / float(max - 1);
  const float r = 255 + (247 - 255) * t, g = 232 + (128 - 232) * t, b = 150 + (80 - 150) * t;
  const float a = dark ? 0.40f + 0.25f * t : 0.60f + 0.30f * t;
  return IM_COL32(int(r), int(g), int(b), int(a * 255));
}

const char* kModeNames[] = {"Strict", "Exact", "Partial", "Type"};

}  // namespace

// [SECTION] Loading ---------------------------------------------------------------------------

bool ClassView::SetKey(const cls::InputFile& key) {
  const double t0 = platform::now_ms();
  const bool ok = model.set_key(key);
  key_name = key.name;
  ++generation_;
  picked_.reset();
  heat_scroll_ = 0;
  order_.clear();
  sort_rows();
  last_load_ms = platform::now_ms() - t0;
  return ok;
}

void ClassView::AddStudents(std::vector<cls::InputFile> files) {
  const double t0 = platform::now_ms();
  if (!files.empty()) model.add_students(files);
  picked_.reset();
  sort_rows();
  last_load_ms += platform::now_ms() - t0;
}

void ClassView::sort_rows() {
  const auto& st = model.report().students;
  order_.resize(st.size());
  for (size_t i = 0; i < order_.size(); ++i) order_[i] = i;
  const int col = sort_column_;
  const bool desc = sort_descending_;
  std::stable_sort(order_.begin(), order_.end(), [&](size_t a, size_t b) {
    if (col == kName) {
      const int c = st[a].name.compare(st[b].name);
      return desc ? c > 0 : c < 0;
    }
    const double x = sort_value(st[a], col), y = sort_value(st[b], col);
    return desc ? x > y : x < y;
  });
}

// [SECTION] Window ----------------------------------------------------------------------------

void ClassView::Draw(App& app) {
  const float dpr = app.dpr;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float top = app.toolbar.height;
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + top));
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x, vp->Size.y - top));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16 * dpr, 10 * dpr));
  const bool visible = ImGui::Begin("Class view", &open,
                                    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse);
  ImGui::PopStyleVar();
  if (!visible) {
    ImGui::End();
    return;
  }
  const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
  ui_probe::rect("class.window", wp, ImVec2(wp.x + ws.x, wp.y + ws.y));
  draw_summary(app);
  const cls::ClassReport& r = model.report();
  if (r.key_file.empty() || !r.key_errors.empty()) {
    ImGui::End();
    return;
  }
  if (ImGui::BeginTabBar("class_tabs")) {
    const char* names[] = {"Students", "Key claims", "Heat map", "Agreement"};
    const char* probes[] = {"class.tab.students", "class.tab.claims", "class.tab.heat", "class.tab.agreement"};
    for (int t = 0; t < 4; ++t) {
      const ImGuiTabItemFlags f = tab_request_ == t ? ImGuiTabItemFlags_SetSelected : 0;
      const bool on = ImGui::BeginTabItem(names[t], nullptr, f);
      ui_probe::item(probes[t]);
      if (!on) continue;
      ui_probe::text("class.tab", names[t]);
      if (t == 0) draw_students(app);
      if (t == 1) draw_claims(app);
      if (t == 2) draw_heat(app);
      if (t == 3) draw_agreement(app);
      ImGui::EndTabItem();
    }
    tab_request_ = -1;
    ImGui::EndTabBar();
  }
  ImGui::End();
}

void ClassView::draw_summary(App& app) {
  AppState& s = app.state;
  const cls::ClassReport& r = model.report();
  const float dpr = app.dpr;
  if (r.key_file.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted("No key yet. Open the key file and the students\u2019 hand-ins together (Class > Open key "
                           "and students\u2019 files, or drop them all on the page), or open the article with the "
                           "key marked and choose Class > Class view.");
    ImGui::PopTextWrapPos();
    if (ImGui::Button("Open key and students\u2019 files\u2026")) platform::open_file_dialog(".json,.jsonld,application/json", true);
    ui_probe::item("class.openFiles");
    return;
  }
  if (!r.key_errors.empty()) {
    ImGui::TextColored(ImVec4(0.80f, 0.25f, 0.10f, 1), "The key \u201C%s\u201D cannot be used:", key_name.c_str());
    for (const std::string& e : r.key_errors) ImGui::BulletText("%s", e.c_str());
    ui_probe::text("class.keyErrors", r.key_errors.front());
    return;
  }
  const std::string title = r.key_info.exercise.title.empty() ? r.article.title : r.key_info.exercise.title;
  ImGui::Text("%s", title.c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("key: %s \u00B7 %zu student%s scored%s", key_name.c_str(), r.students.size(),
                      r.students.size() == 1 ? "" : "s",
                      r.problems.empty() ? "" : (" \u00B7 " + std::to_string(r.problems.size()) + " not scored").c_str());
  ui_probe::text("class.summary", std::to_string(r.students.size()) + " scored, " + std::to_string(r.problems.size()) + " not scored");
  std::string settings = "Counted: ";
  if (r.settings.categories.empty()) settings += "every category";
  for (size_t i = 0; i < r.settings.categories.size(); ++i)
    settings += (i ? ", " : "") + category_label(r.settings.categories[i]);
  settings += r.settings.category_must_match ? " \u00B7 the category must match" : " \u00B7 any category finds a claim";
  settings += r.settings.claim_suggestions ? " \u00B7 claim suggestions allowed" : " \u00B7 claim suggestions off";
  ImGui::TextDisabled("%s", settings.c_str());

  if (ImGui::Button("Add students\u2019 files\u2026")) platform::open_file_dialog(".json,.jsonld,application/json", true);
  ui_probe::item("class.add");
  ImGui::SameLine();
  ImGui::BeginDisabled(r.students.empty() && r.problems.empty());
  if (ImGui::Button("Download grades (CSV)")) {
    platform::download(cls::file_name_part(title, "class") + "-grades.csv", "text/csv;charset=utf-8",
                       cls::grades_csv(r, /*byte_order_mark=*/true));
  }
  ui_probe::item("class.csv");
  ImGui::SameLine();
  if (ImGui::Button("Download every student\u2019s feedback")) {
    for (size_t i = 0; i < r.students.size(); ++i)
      platform::download(cls::feedback_file_name(r, i), "application/ld+json", cls::feedback_file(r, i));
  }
  ui_probe::item("class.feedbackAll");
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Open the key as a document")) {
    json extra = json::object();
    if (r.key_info.kind != cls::FileKind::Plain) extra["exercise"] = cls::exercise_json(r.key_info);
    open = false;
    s.add_document({r.article, r.key, key_name, extra});
  }
  ui_probe::item("class.openKey");
  ImGui::SameLine();
  if (ImGui::Button("Clear students")) {
    model.clear_students();
    sort_rows();
    picked_.reset();
  }
  ui_probe::item("class.clear");

  for (const std::string& w : r.key_warnings) ImGui::TextDisabled("Key: %s", w.c_str());
  if (!r.problems.empty()) {
    ImGui::Spacing();
    ImGui::TextColored(ImVec4(0.80f, 0.25f, 0.10f, 1), "Not scored (%zu):", r.problems.size());
    std::string all;
    ImGui::PushTextWrapPos(0.0f);
    for (const cls::FileProblem& p : r.problems) {
      const std::string line = p.file + (p.name.empty() ? "" : " (" + p.name + ")") + " " + p.message;
      ImGui::BulletText("%s", line.c_str());
      all += line + "\n";
    }
    ImGui::PopTextWrapPos();
    ui_probe::text("class.problems", all);
  }
  for (const cls::StudentResult& st : r.students) {
    if (!st.article_differs) continue;
    ImGui::TextDisabled("%s worked on another copy of the article; anchored to the key\u2019s: %zu exact, %zu moved, "
                        "%zu fuzzy, %zu not placed (not scored).",
                        st.name.c_str(), st.anchoring.exact, st.anchoring.moved, st.anchoring.fuzzy, st.anchoring.orphaned);
  }
  (void)dpr;
  ImGui::Spacing();
}

// [SECTION] Students --------------------------------------------------------------------------

void ClassView::draw_students(App& app) {
  const cls::ClassReport& r = model.report();
  const float dpr = app.dpr;
  if (r.students.empty()) {
    ImGui::TextDisabled("No student\u2019s work yet: add the hand-in files (or drop them here).");
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_BordersOuterH | ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("students", kColumns, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) return;
  ImGui::TableSetupScrollFreeze(1, 2);
  const float num_w = ImGui::CalcTextSize("0.00").x + 10 * dpr;
  ImGui::TableSetupColumn("Student", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_WidthFixed, 150 * dpr);
  ImGui::TableSetupColumn("Marks", ImGuiTableColumnFlags_PreferSortDescending);
  for (int m = 0; m < 4; ++m) {
    for (const char* what : {"P", "R", "F1"}) {
      const std::string id = std::string(what) + "##" + kModeNames[m];
      ImGui::TableSetupColumn(id.c_str(), ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending, num_w);
    }
  }
  ImGui::TableSetupColumn("Category", ImGuiTableColumnFlags_PreferSortDescending);
  ImGui::TableSetupColumn("Found", ImGuiTableColumnFlags_PreferSortDescending);
  ImGui::TableSetupColumn("Partly", ImGuiTableColumnFlags_PreferSortDescending);
  ImGui::TableSetupColumn("Missed", ImGuiTableColumnFlags_PreferSortDescending);
  ImGui::TableSetupColumn("Extra", ImGuiTableColumnFlags_PreferSortDescending);
  ImGui::TableSetupColumn("\u03B1 key", ImGuiTableColumnFlags_PreferSortDescending);
  ImGui::TableSetupColumn("Feedback", ImGuiTableColumnFlags_NoSort);

  // Two header rows: the modes over their P, R, F1; then the sortable headers.
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int c = 0; c < kColumns; ++c) {
    ImGui::TableSetColumnIndex(c);
    const char* over = "";
    if (c >= kFirstMode && c < kCatAcc && (c - kFirstMode) % 3 == 0) over = kModeNames[(c - kFirstMode) / 3];
    if (c == kCatAcc) over = "Category";
    if (c == kFound) over = "Key claims";
    ImGui::PushID(c);
    ImGui::TextDisabled("%s", over);
    ImGui::PopID();
  }
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  static const char* kKeys[] = {"name", "marks", "strict.p", "strict.r", "strict.f1", "exact.p", "exact.r", "exact.f1",
                                "partial.p", "partial.r", "partial.f1", "type.p", "type.r", "type.f1", "category",
                                "found", "partly", "missed", "extra", "alpha", "feedback"};
  for (int c = 0; c < kColumns; ++c) {
    if (!ImGui::TableSetColumnIndex(c)) continue;
    const char* label = ImGui::TableGetColumnName(c);
    if (c == kCatAcc) label = "accuracy";
    ImGui::PushID(c);
    ImGui::TableHeader(label);
    ImGui::PopID();
    ui_probe::item(std::string("class.header.") + kKeys[c]);
    if (ImGui::IsItemHovered()) {
      if (c >= kFirstMode && c < kCatAcc) {
        static const char* kHelp[] = {
            "Strict: a mark counts when it has the key claim's boundaries and category",
            "Exact: a mark counts when it has the key claim's boundaries (any category)",
            "Partial: any overlap counts; a partial overlap counts half",
            "Type: any overlap with the key claim's category counts"};
        ImGui::SetTooltip("%s. P precision, R recall, F1 their harmonic mean (docs/CLASSROOM.md).", kHelp[(c - kFirstMode) / 3]);
      } else if (c == kCatAcc) {
        ImGui::SetTooltip("Of the marks that overlap a key claim, the share with the right category");
      } else if (c == kAlpha) {
        ImGui::SetTooltip("Krippendorff's alpha (unitizing) between this student and the key");
      } else if (c == kExtra) {
        ImGui::SetTooltip("Marks that overlap no key claim");
      }
    }
  }
  if (ImGuiTableSortSpecs* sp = ImGui::TableGetSortSpecs()) {
    if (sp->SpecsDirty && sp->SpecsCount > 0) {
      sort_column_ = sp->Specs[0].ColumnIndex;
      sort_descending_ = sp->Specs[0].SortDirection == ImGuiSortDirection_Descending;
      sort_rows();
    }
    sp->SpecsDirty = false;
  }
  if (order_.size() != r.students.size()) sort_rows();
  std::string rows;
  for (size_t row = 0; row < order_.size(); ++row) {
    const size_t i = order_[row];
    const cls::StudentResult& st = r.students[i];
    ImGui::TableNextRow();
    ImGui::PushID(static_cast<int>(i));
    std::string probe;
    for (int c = 0; c < kColumns; ++c) {
      if (!ImGui::TableSetColumnIndex(c)) continue;
      const std::string v = cell(st, c);
      if (c == kFeedback) {
        if (ImGui::SmallButton("Download")) {
          platform::download(cls::feedback_file_name(r, i), "application/ld+json", cls::feedback_file(r, i));
        }
        ui_probe::item("class.feedback." + std::to_string(row));
        continue;
      }
      if (c == kName) {
        ImGui::TextUnformatted(v.c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", st.file.c_str());
      } else {
        // Figures right-aligned, so the decimal points line up.
        const float w = ImGui::CalcTextSize(v.c_str()).x;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetColumnWidth() - w));
        ImGui::TextUnformatted(v.c_str());
      }
      probe += (c ? "|" : "") + v;
    }
    ImGui::PopID();
    ui_probe::text("class.row." + std::to_string(row), probe);
    rows += (row ? "\n" : "") + st.name;
  }
  ui_probe::text("class.rows", rows);
  ImGui::EndTable();
}

// [SECTION] Key claims ------------------------------------------------------------------------

void ClassView::draw_claims(App& app) {
  const cls::ClassReport& r = model.report();
  const float dpr = app.dpr;
  const size_t n = r.students.size();
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("claims", 6, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Key claim", ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn("Category", ImGuiTableColumnFlags_WidthFixed, 110 * dpr);
  ImGui::TableSetupColumn("Found", ImGuiTableColumnFlags_WidthFixed, 60 * dpr);
  ImGui::TableSetupColumn("Partly", ImGuiTableColumnFlags_WidthFixed, 60 * dpr);
  ImGui::TableSetupColumn("Missed", ImGuiTableColumnFlags_WidthFixed, 60 * dpr);
  ImGui::TableSetupColumn("Feedback", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableHeadersRow();
  std::string probe;
  for (size_t k = 0; k < r.key.size(); ++k) {
    const core::Annotation& a = r.key[k];
    const bool counted = k < r.key_counted.size() && r.key_counted[k];
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::PushTextWrapPos(0.0f);
    if (counted) bidi_text::wrapped(quote(a.exact, 300));
    else ImGui::TextDisabled("%s (not counted)", quote(a.exact, 300).c_str());
    ImGui::PopTextWrapPos();
    ImGui::TableSetColumnIndex(1);
    category_dot(a.category);
    ImGui::SameLine();
    ImGui::TextUnformatted(category_label(a.category).c_str());
    if (!counted) continue;
    const cls::ClaimCounts c = k < r.claim_counts.size() ? r.claim_counts[k] : cls::ClaimCounts{};
    ImGui::TableSetColumnIndex(2);
    ImGui::Text("%zu", c.found);
    ImGui::TableSetColumnIndex(3);
    ImGui::Text("%zu", c.partly);
    ImGui::TableSetColumnIndex(4);
    ImGui::Text("%zu", n - std::min(n, c.found + c.partly));
    ImGui::TableSetColumnIndex(5);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    bidi_text::wrapped(a.note);  // the teacher's feedback: figures in it stay whole
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    probe += a.id + "|" + std::to_string(c.found) + "|" + std::to_string(c.partly) + "\n";
  }
  ui_probe::text("class.claims", probe);
  ImGui::EndTable();
}

// [SECTION] Heat map --------------------------------------------------------------------------

void ClassView::draw_heat(App& app) {
  const cls::ClassReport& r = model.report();
  const float dpr = app.dpr;
  const bool dark = palette().dark;
  // Legend: one swatch per count (bins when many students).
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("Students who marked it:");
  const size_t max = std::max<size_t>(1, r.heat_max);
  const size_t steps = std::min<size_t>(max, 8);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (size_t i = 1; i <= steps; ++i) {
    const size_t k = steps == max ? i : (max * i + steps - 1) / steps;
    ImGui::SameLine();
    const std::string label = std::to_string(k);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 sz(std::max(28 * dpr, ImGui::CalcTextSize(label.c_str()).x + 10 * dpr), ImGui::GetFrameHeight());
    dl->AddRectFilled(ImVec2(p.x, p.y), ImVec2(p.x + sz.x, p.y + sz.y), palette().page);
    dl->AddRectFilled(ImVec2(p.x, p.y), ImVec2(p.x + sz.x, p.y + sz.y), heat_color(k, max, dark), 3 * dpr);
    dl->AddText(ImVec2(p.x + (sz.x - ImGui::CalcTextSize(label.c_str()).x) * 0.5f, p.y + ImGui::GetStyle().FramePadding.y),
                palette().text, label.c_str());
    ImGui::Dummy(sz);
  }
  ImGui::SameLine(0, 20 * dpr);
  {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float y = p.y + ImGui::GetFrameHeight() - 4 * dpr;
    dl->AddLine(ImVec2(p.x, y), ImVec2(p.x + 28 * dpr, y), palette().accent, 2.0f * dpr);
    ImGui::Dummy(ImVec2(32 * dpr, ImGui::GetFrameHeight()));
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("a key claim    Click a stretch to see who marked it.");
  }
  ui_probe::text("class.heat.legend", "1.." + std::to_string(r.heat_max));

  const float avail_w = ImGui::GetContentRegionAvail().x;
  const float side_w = std::floor(std::min(360 * dpr, avail_w * 0.38f));
  const float art_w = avail_w - side_w - ImGui::GetStyle().ItemSpacing.x;
  const float h = ImGui::GetContentRegionAvail().y;
  const float pad = 14 * dpr;

  ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().page);
  ImGui::BeginChild("heat_article", ImVec2(art_w, h), true);
  ImGui::PopStyleColor();
  {
    const ImVec2 cp0 = ImGui::GetWindowPos(), csz = ImGui::GetWindowSize();
    ui_probe::rect("class.heat.article", cp0, ImVec2(cp0.x + csz.x, cp0.y + csz.y));
  }
  const float text_w = std::max(100.0f, art_w - 2 * pad - ImGui::GetStyle().ScrollbarSize);
  heat_layout_.update(r.article, generation_ + (uint64_t(1) << 40), app.fonts, text_w);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float x0 = origin.x + pad;
  const float y0 = origin.y + pad * 0.5f;
  const float scroll = ImGui::GetScrollY();
  const float view_h = ImGui::GetWindowHeight();
  ImDrawList* adl = ImGui::GetWindowDrawList();
  const auto& lines = heat_layout_.lines.lines;
  const auto& heat = r.heat;
  const Palette& pal = palette();
  std::vector<size_t> key_spans;  // counted key claims, by start
  for (size_t k = 0; k < r.key.size(); ++k)
    if (k < r.key_counted.size() && r.key_counted[k]) key_spans.push_back(k);
  std::vector<bool> probed(heat.size(), false);
  if (!lines.empty()) {
    for (size_t li = heat_layout_.lines.line_at_y(scroll - pad); li < lines.size(); ++li) {
      const core::LayoutLine& l = lines[li];
      const float y = y0 + l.y;
      if (y - (origin.y + scroll) > view_h) break;
      const ImFont* font = l.style == 0 ? app.fonts.body : app.fonts.title;
      const float fs = l.style == 2 ? app.fonts.heading_px() : font->FontSize;
      const float ty = std::round(y + (l.height - fs) * 0.5f);
      const float top = ty - 1 * dpr, bot = ty + fs + 2 * dpr;
      auto x_at = [&](size_t c) { return x0 + heat_layout_.x_in(l, c); };
      auto it = std::lower_bound(heat.begin(), heat.end(), l.start,
                                 [](const cls::Coverage& c, size_t p) { return c.end <= p; });
      for (; it != heat.end() && it->start < l.end; ++it) {
        const float a = x_at(std::max(it->start, l.start)), b = x_at(std::min(it->end, l.end));
        if (b <= a) continue;
        const size_t hi = size_t(it - heat.begin());
        const bool picked = picked_ && *picked_ == hi;
        adl->AddRectFilled(ImVec2(a, top), ImVec2(b, bot), heat_color(it->students, max, dark));
        if (picked) adl->AddRect(ImVec2(a - 1, top - 1), ImVec2(b + 1, bot + 1), pal.accent, 2 * dpr, 0, 2 * dpr);
        if (!probed[hi]) {
          probed[hi] = true;
          ui_probe::rect("class.heat.stretch." + std::to_string(hi), ImVec2(a, top), ImVec2(b, bot));
        }
      }
      for (size_t k : key_spans) {
        const cls::Span& sp = r.key_spans[k];
        if (sp.end <= l.start || sp.start >= l.end) continue;
        const float a = x_at(std::max(sp.start, l.start)), b = x_at(std::min(sp.end, l.end));
        adl->AddLine(ImVec2(a, bot + 1.5f * dpr), ImVec2(b, bot + 1.5f * dpr), pal.accent, 2.0f * dpr);
      }
      adl->AddText(font, fs, ImVec2(x0, ty), l.style != 0 ? pal.title : pal.text,
                   r.article.text.data() + l.byte_start, r.article.text.data() + l.byte_end);
    }
  }
  ImGui::Dummy(ImVec2(text_w, heat_layout_.height() + pad));
  // A click on a stretch picks it.
  if (ImGui::IsWindowHovered() && ImGui::IsMouseReleased(ImGuiMouseButton_Left) &&
      ImGui::GetIO().MouseDragMaxDistanceSqr[0] < 25 * dpr * dpr) {
    const ImVec2 m = ImGui::GetMousePos();
    if (auto c = heat_layout_.char_at(m.x - x0, m.y - y0)) {
      auto it = std::find_if(heat.begin(), heat.end(), [&](const cls::Coverage& cv) { return cv.start <= *c && *c < cv.end; });
      if (it != heat.end()) picked_ = size_t(it - heat.begin());
      else picked_.reset();
    }
  }
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12 * dpr, 10 * dpr));
  ImGui::BeginChild("heat_who", ImVec2(side_w, h), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  ImGui::PushTextWrapPos(0.0f);
  if (!picked_ || *picked_ >= heat.size()) {
    ImGui::TextDisabled("Click a coloured stretch of the article to see who marked it, and their notes.");
    ImGui::Spacing();
    ImGui::TextDisabled("%zu stretch%s marked by at least one student; the most: %zu of %zu students.", heat.size(),
                        heat.size() == 1 ? "" : "es", r.heat_max, r.students.size());
  } else {
    const cls::Coverage& cv = heat[*picked_];
    ImGui::Text("%zu of %zu students marked", cv.students, r.students.size());
    bidi_text::wrapped(quote(core::slice(r.article, cv.start, cv.end), 400));
    ImGui::Separator();
    std::string who;
    for (const cls::WhoMarked& w : model.who_marked(cv.start, cv.end)) {
      const cls::StudentResult& st = r.students[w.student];
      const core::Annotation& a = st.annotations[w.annotation];
      category_dot(a.category);
      ImGui::SameLine();
      ImGui::Text("%s", st.name.c_str());
      ImGui::SameLine();
      ImGui::TextDisabled("%s \u00B7 %s", category_label(a.category).c_str(), cls::to_string(st.status[w.annotation]));
      ImGui::TextDisabled("%s", quote(a.exact, 200).c_str());
      if (!a.note.empty()) bidi_text::wrapped(a.note);
      ImGui::Spacing();
      who += st.name + ": " + a.note + "\n";
    }
    ui_probe::text("class.who", who);
  }
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
}

// [SECTION] Agreement -------------------------------------------------------------------------

void ClassView::draw_agreement(App& app) {
  const cls::ClassReport& r = model.report();
  const float dpr = app.dpr;
  ImGui::PushTextWrapPos(std::min(ImGui::GetContentRegionAvail().x, 760 * dpr));
  ImGui::TextUnformatted("How much the students agree with each other on what to mark: Krippendorff\u2019s alpha for "
                         "unitized data (1 all marked the same stretches, 0 no more than chance, below 0 less). "
                         "Krippendorff suggests trusting data from 0.8 and drawing tentative conclusions from 0.667.");
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  if (r.students.size() < 2) {
    ImGui::TextDisabled("Agreement needs at least two students.");
  }
  ImGui::Text("Among the students, overall: %s", fig(r.alpha.overall, 3).c_str());
  ui_probe::text("class.alpha", fig(r.alpha.overall, 4));
  if (ImGui::BeginTable("alpha", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit,
                        ImVec2(560 * dpr, 0))) {
    ImGui::TableSetupColumn("Category", 0, 160 * dpr);
    ImGui::TableSetupColumn("\u03B1", 0, 80 * dpr);
    ImGui::TableSetupColumn("observed disagreement", 0, 180 * dpr);
    ImGui::TableSetupColumn("expected", 0, 100 * dpr);
    ImGui::TableHeadersRow();
    for (const auto& [name, c] : r.alpha.categories) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      category_dot(name);
      ImGui::SameLine();
      ImGui::TextUnformatted(category_label(name).c_str());
      ImGui::TableSetColumnIndex(1);
      ImGui::TextUnformatted(fig(c.alpha, 3).c_str());
      ImGui::TableSetColumnIndex(2);
      ImGui::TextDisabled("%.4f", c.observed);
      ImGui::TableSetColumnIndex(3);
      ImGui::TextDisabled("%.4f", c.expected);
    }
    ImGui::EndTable();
  }
  ImGui::Spacing();
  ImGui::TextDisabled("Each student against the key: the \u03B1 key column of the Students tab.");
}

// [SECTION] For the page ----------------------------------------------------------------------

json ClassView::ToJson() const {
  const cls::ClassReport& r = model.report();
  auto opt = [](std::optional<double> v) { return v ? json(*v) : json(nullptr); };
  json students = json::array();
  for (const cls::StudentResult& s : r.students) {
    json modes = json::object();
    for (cls::Mode m : cls::kModes) {
      const cls::ModeScore& ms = s.scores.mode(m);
      modes[cls::to_string(m)] = {{"precision", ms.precision}, {"recall", ms.recall}, {"f1", ms.f1}};
    }
    students.push_back({{"file", s.file}, {"name", s.name}, {"annotations", s.annotations.size()},
                        {"modes", modes}, {"categoryAccuracy", opt(s.category_accuracy)},
                        {"found", s.found.size()}, {"partly", s.partly.size()}, {"missed", s.missed.size()},
                        {"extra", s.extra.size()}, {"alphaVsKey", opt(s.alpha_vs_key.overall)}});
  }
  json problems = json::array();
  for (const cls::FileProblem& p : r.problems) problems.push_back({{"file", p.file}, {"name", p.name}, {"message", p.message}});
  json key = json::array();
  for (size_t k = 0; k < r.key.size(); ++k) {
    if (k >= r.key_counted.size() || !r.key_counted[k]) continue;
    key.push_back({{"id", r.key[k].id}, {"exact", r.key[k].exact}, {"found", r.claim_counts[k].found},
                   {"partly", r.claim_counts[k].partly}});
  }
  json cats = json::object();
  for (const auto& [name, c] : r.alpha.categories) cats[name] = opt(c.alpha);
  json heat = json::array();
  for (const cls::Coverage& c : r.heat) heat.push_back({{"start", c.start}, {"end", c.end}, {"students", c.students}});
  json rows = json::array();
  for (size_t i : order_) rows.push_back(r.students[i].name);
  return {{"keyFile", r.key_file}, {"keyErrors", r.key_errors}, {"exerciseId", r.key_info.exercise.id},
          {"students", students}, {"problems", problems}, {"key", key},
          {"alpha", {{"overall", opt(r.alpha.overall)}, {"categories", cats}}},
          {"heat", heat}, {"heatMax", r.heat_max}, {"rows", rows}, {"loadMs", last_load_ms}};
}
