// dom.h - a small mutable HTML tree for article extraction: elements and text nodes linked
// like the browser's DOM (parent, first/last child, previous/next sibling), so that nodes
// can be removed, renamed and moved in O(1) while the extractor walks the page.
//
// How to use:
//   core::extract::Document doc = core::extract::parse_html(utf8_html);   // html_parse.h
//   for (Node* n = doc.root; n; n = next_in_order(n, doc.root)) ...
//   std::string t = inner_text(n);                             // white space collapsed
//
// Element names and attribute names are lowercase ASCII; text is UTF-8 with character
// references already decoded. Nodes live in the Document's arena: removing a node only
// unlinks it, so pointers stay valid until the Document is destroyed.
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace core::extract {

struct Node {
  bool is_text = false;
  std::string name;  // element name, lowercase; empty for text
  std::string text;  // text nodes only
  std::vector<std::pair<std::string, std::string>> attrs;

  Node* parent = nullptr;
  Node* first = nullptr;
  Node* last = nullptr;
  Node* prev = nullptr;
  Node* next = nullptr;

  // Scratch for the extractor (Readability's node.readability and _readabilityDataTable).
  double score = 0;
  bool scored = false;
  bool data_table = false;

  bool is(std::string_view tag) const {
    // Called for every node of every walk: compare lengths, then bytes, without a call.
    if (is_text || name.size() != tag.size()) return false;
    for (size_t i = 0; i < tag.size(); ++i)
      if (name[i] != tag[i]) return false;
    return true;
  }
  bool is_element() const { return !is_text; }
  // Attribute value, or "" when absent; has() tells absent from empty.
  const std::string& attr(std::string_view key) const;
  bool has(std::string_view key) const;
  void set_attr(std::string_view key, std::string value);
};

struct Document {
  std::deque<Node> arena;
  Node* root = nullptr;  // the <html> element; never null after parse_html
  Node* new_element(std::string name);
  Node* new_text(std::string text);
  Node* body() const;  // the <body> element, created by the parser when absent
  Node* head() const;
};

// [SECTION] Tree edits
void remove(Node* n);                          // unlinks n (and its subtree)
void append_child(Node* parent, Node* child);  // moves child (unlinking it first)
void insert_before(Node* ref, Node* n);        // moves n before ref
void replace(Node* old_node, Node* new_node);  // new_node takes old_node's place
// Deep copy of n's subtree into doc (scores and flags are not copied).
Node* clone(Document& doc, const Node* n);

// [SECTION] Walking
// Next node in document order within `scope` (n's children first), or nullptr at the end.
Node* next_in_order(const Node* n, const Node* scope);
// Next node in document order after n's subtree, within `scope`.
Node* next_after(const Node* n, const Node* scope);
// Element versions of the above: Readability's _getNextNode skips text nodes.
Node* next_element(const Node* n, bool skip_children);
Node* first_element_child(const Node* n);
Node* next_element_sibling(const Node* n);
size_t element_child_count(const Node* n);
// Elements named `tag` in n's subtree (not n itself), in document order.
std::vector<Node*> descendants(Node* n, std::string_view tag);
std::vector<Node*> descendants(Node* n, std::initializer_list<std::string_view> tags);
size_t count_descendants(const Node* n, std::string_view tag);
// Readability's _hasAncestorTag: an ancestor named `tag` (and passing `filter`) among the
// first max_depth + 1 ancestors; max_depth < 0 searches them all.
bool has_ancestor(const Node* n, std::string_view tag, int max_depth = 3,
                  bool (*filter)(const Node*) = nullptr);
// True while n is still inside `root` (not unlinked with an ancestor).
bool is_inside(const Node* n, const Node* root);

// [SECTION] Text
// Concatenated text of n's subtree (textContent).
std::string text_content(const Node* n);
// The same into `out` when it is at most `max_bytes` long and n has at most `max_nodes`
// descendants, else false: a test for short text that stops early on large subtrees.
bool short_text_content(const Node* n, size_t max_bytes, size_t max_nodes, std::string& out);
bool has_visible_text(const Node* n);  // any text that is not white space
// textContent trimmed, runs of two or more white-space characters made one space
// (Readability's _getInnerText).
std::string inner_text(const Node* n);
// Code points of inner_text(n), counted without building it (the rules ask for lengths of
// large subtrees again and again).
size_t inner_length(const Node* n);
size_t count_char(const Node* n, char c);  // occurrences of an ASCII character in its text
size_t char_count(std::string_view utf8);  // code points: the lengths the rules compare
bool is_blank(std::string_view s);  // only white space (as JavaScript's \s)
std::string collapse_spaces(std::string_view s);  // trimmed, white-space runs one space
std::string trim(std::string_view s);
std::string lower_ascii(std::string_view s);

}  // namespace core::extract
