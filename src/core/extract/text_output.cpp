// text_output.cpp - see text_output.h. One iterative walk (pages nest deeply) with enter
// and leave steps, writing into a paragraph builder.
#include "core/extract/text_output.h"

#include <string_view>
#include <unordered_map>
#include <vector>

namespace core::extract {
namespace {

enum class Kind { Inline, Block, NoText };

// What an element is to the text: looked up once per element (a page has millions).
Kind kind_of(const Node* n) {
  static const std::unordered_map<std::string_view, Kind> kKinds = [] {
    std::unordered_map<std::string_view, Kind> m;
    for (std::string_view t : {"script", "style", "noscript", "template", "head", "title", "svg",
                          "select", "button", "input", "textarea", "option", "datalist",
                          "iframe", "object", "embed", "video", "audio", "canvas", "map",
                          "img", "picture", "source", "track", "meta", "link", "base"})
      m.emplace(t, Kind::NoText);
    for (std::string_view t : {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
                          "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption",
                          "table", "caption", "tr", "td", "th", "article", "section",
                          "header", "footer", "aside", "nav", "main", "address", "hr",
                          "details", "summary", "center", "form", "fieldset", "legend",
                          "dialog", "hgroup", "menu", "body", "html"})
      m.emplace(t, Kind::Block);
    return m;
  }();
  const auto it = kKinds.find(n->name);
  return it == kKinds.end() ? Kind::Inline : it->second;
}

// Paragraphs of collapsed text. A pending prefix ("• ") is written only if the paragraph
// gets text.
class ParagraphBuilder {
 public:
  void text(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      if (c == 0xC2 && i + 1 < s.size()) {
        const unsigned char d = static_cast<unsigned char>(s[i + 1]);
        if (d == 0xA0) {  // no-break space: a space like any other
          space();
          ++i;
          continue;
        }
        if (d == 0xAD) {  // soft hyphen: invisible unless a line breaks there
          ++i;
          continue;
        }
      }
      if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
          static_cast<unsigned char>(s[i + 2]) == 0xBF) {  // a stray byte order mark
        i += 2;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space();
        continue;
      }
      start_text();
      current_.push_back(static_cast<char>(c));
    }
  }
  // Preformatted text: every character kept, line endings made "\n".
  void verbatim(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '\r') {
        if (i + 1 < s.size() && s[i + 1] == '\n') continue;
        line_break_in_pre();
      } else if (s[i] == '\n') {
        line_break_in_pre();
      } else {
        start_text();
        current_.push_back(s[i]);
      }
    }
  }
  void literal(std::string_view s) {  // separators we add: " | "
    start_text();
    current_.append(s);
  }
  void line_break() {
    trim_end_spaces();
    if (!current_.empty() && current_.back() != '\n') current_.push_back('\n');
    pending_space_ = false;
  }
  void paragraph_break() {
    while (!current_.empty() && (current_.back() == ' ' || current_.back() == '\n')) current_.pop_back();
    // A paragraph of other white space (ideographic spaces, say) is no paragraph either:
    // the article's paragraph finder would see a blank line there.
    if (!current_.empty() && !is_blank(current_)) {
      if (heading_depth_ > 0) headings_.push_back(current_);
      paragraphs_.push_back(std::move(current_));
    }
    current_.clear();
    pending_space_ = false;
    prefix_.clear();
  }
  void set_prefix(std::string p) { prefix_ = std::move(p); }
  // Paragraphs written between enter_heading and leave_heading are headings.
  void enter_heading() { ++heading_depth_; }
  void leave_heading() {
    if (heading_depth_ > 0) --heading_depth_;
  }
  std::vector<std::string> take_headings() { return std::move(headings_); }
  bool paragraph_empty() const { return current_.empty(); }
  std::string finish() {
    paragraph_break();
    std::string out;
    for (const std::string& p : paragraphs_) {
      if (!out.empty()) out += "\n\n";
      out += p;
    }
    return out;
  }

 private:
  void space() { pending_space_ = !current_.empty() && current_.back() != '\n'; }
  void start_text() {
    if (current_.empty() && !prefix_.empty()) {
      current_ = prefix_;
      prefix_.clear();
      pending_space_ = false;
    }
    if (pending_space_ && !current_.empty() && current_.back() != '\n' && current_.back() != ' ')
      current_.push_back(' ');
    pending_space_ = false;
  }
  void line_break_in_pre() {
    // Blank lines inside <pre> would split the paragraph: keep them as single breaks.
    if (!current_.empty() && current_.back() != '\n') current_.push_back('\n');
  }
  void trim_end_spaces() {
    while (!current_.empty() && current_.back() == ' ') current_.pop_back();
  }
  std::string current_;
  std::string prefix_;
  std::vector<std::string> paragraphs_;
  std::vector<std::string> headings_;
  int heading_depth_ = 0;
  bool pending_space_ = false;
};

struct ListState {
  bool ordered = false;
  long next = 1;
};

class TextWriter {
 public:
  std::string run(const Node* content) {
    const Node* n = content->first;
    while (n) {
      const bool descend = enter(n);
      if (descend && n->first) {
        n = n->first;
        continue;
      }
      if (descend) leave(n);
      while (n != content && !n->next) {
        n = n->parent;
        if (n == content) break;
        leave(n);
      }
      if (n == content) break;
      n = n->next;
    }
    return out_.finish();
  }
  std::vector<std::string> take_headings() { return out_.take_headings(); }

 private:
  // Returns whether n's children are to be visited (then leave(n) follows them).
  bool enter(const Node* n) {
    if (n->is_text) {
      if (pre_depth_ > 0) out_.verbatim(n->text);
      else out_.text(n->text);
      return false;
    }
    const Kind kind = kind_of(n);
    if (kind == Kind::NoText) return false;
    const std::string_view t = n->name;
    const bool in_data_table = !tables_.empty() && tables_.back();
    if (t == "br") {
      if (in_data_table) out_.text(" ");
      else out_.line_break();
      return false;
    }
    if (t == "table") tables_.push_back(n->data_table);
    if (in_data_table) {
      if (t == "tr") {
        if (!out_.paragraph_empty()) out_.line_break();
        first_cell_ = true;
      } else if (t == "td" || t == "th") {
        if (!first_cell_) out_.literal(" | ");
        first_cell_ = false;
      } else if (t == "caption") {
        out_.paragraph_break();
      } else if (kind == Kind::Block) {
        out_.text(" ");
      }
      return true;
    }
    if (t == "pre") ++pre_depth_;
    if (t == "ul" || t == "ol") {
      ListState list;
      list.ordered = t == "ol";
      if (list.ordered && !n->attr("start").empty()) list.next = std::strtol(n->attr("start").c_str(), nullptr, 10);
      lists_.push_back(list);
    }
    if (kind == Kind::Block) out_.paragraph_break();
    if (is_heading(t)) out_.enter_heading();
    if (t == "li") {
      ListState* list = lists_.empty() ? nullptr : &lists_.back();
      if (list && list->ordered) {
        if (!n->attr("value").empty()) list->next = std::strtol(n->attr("value").c_str(), nullptr, 10);
        out_.set_prefix(std::to_string(list->next++) + ". ");
      } else {
        out_.set_prefix("\xE2\x80\xA2 ");
      }
    }
    return true;
  }

  void leave(const Node* n) {
    const std::string_view t = n->name;
    if (t == "table" && !tables_.empty()) tables_.pop_back();
    // Inside a data table only captions break paragraphs (the table itself is outside it).
    if (!tables_.empty() && tables_.back() && t != "table") {
      if (t == "caption") out_.paragraph_break();
      return;
    }
    if (t == "pre" && pre_depth_ > 0) --pre_depth_;
    if ((t == "ul" || t == "ol") && !lists_.empty()) lists_.pop_back();
    if (kind_of(n) == Kind::Block) out_.paragraph_break();
    if (is_heading(t)) out_.leave_heading();
  }
  static bool is_heading(std::string_view t) {
    return t.size() == 2 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6';
  }

  ParagraphBuilder out_;
  std::vector<ListState> lists_;
  std::vector<bool> tables_;  // open tables, innermost last: true for a data table
  int pre_depth_ = 0;
  bool first_cell_ = true;
};

}  // namespace

std::string article_text(const Node* content, std::vector<std::string>* headings) {
  TextWriter w;
  std::string text = w.run(content);
  if (headings) *headings = w.take_headings();
  return text;
}

}  // namespace core::extract
