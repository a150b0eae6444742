// dom.cpp - see dom.h. Every walk is iterative: pages can nest deeply and the WebAssembly
// stack is small.
#include "core/extract/dom.h"

#include "core/extract/text_chars.h"

namespace core::extract {
namespace {
const std::string kEmpty;
}

// [SECTION] Node and Document

const std::string& Node::attr(std::string_view key) const {
  for (const auto& [k, v] : attrs)
    if (k == key) return v;
  return kEmpty;
}

bool Node::has(std::string_view key) const {
  for (const auto& kv : attrs)
    if (kv.first == key) return true;
  return false;
}

void Node::set_attr(std::string_view key, std::string value) {
  for (auto& [k, v] : attrs)
    if (k == key) {
      v = std::move(value);
      return;
    }
  attrs.emplace_back(std::string(key), std::move(value));
}

Node* Document::new_element(std::string name) {
  Node& n = arena.emplace_back();
  n.name = std::move(name);
  return &n;
}

Node* Document::new_text(std::string text) {
  Node& n = arena.emplace_back();
  n.is_text = true;
  n.text = std::move(text);
  return &n;
}

Node* Document::body() const {
  for (Node* c = root ? root->first : nullptr; c; c = c->next)
    if (c->is("body")) return c;
  return nullptr;
}

Node* Document::head() const {
  for (Node* c = root ? root->first : nullptr; c; c = c->next)
    if (c->is("head")) return c;
  return nullptr;
}

// [SECTION] Tree edits

void remove(Node* n) {
  if (!n->parent) return;
  if (n->prev) n->prev->next = n->next;
  else n->parent->first = n->next;
  if (n->next) n->next->prev = n->prev;
  else n->parent->last = n->prev;
  n->parent = n->prev = n->next = nullptr;
}

void append_child(Node* parent, Node* child) {
  remove(child);
  child->parent = parent;
  child->prev = parent->last;
  if (parent->last) parent->last->next = child;
  else parent->first = child;
  parent->last = child;
}

void insert_before(Node* ref, Node* n) {
  remove(n);
  n->parent = ref->parent;
  n->next = ref;
  n->prev = ref->prev;
  if (ref->prev) ref->prev->next = n;
  else ref->parent->first = n;
  ref->prev = n;
}

void replace(Node* old_node, Node* new_node) {
  if (old_node == new_node || !old_node->parent) return;
  insert_before(old_node, new_node);
  remove(old_node);
}

Node* clone(Document& doc, const Node* n) {
  auto copy_one = [&doc](const Node* src) {
    Node* c = src->is_text ? doc.new_text(src->text) : doc.new_element(src->name);
    c->attrs = src->attrs;
    return c;
  };
  Node* top = copy_one(n);
  // Walk the source in document order, keeping the copy of the current source parent.
  const Node* src = n->first;
  Node* dst_parent = top;
  while (src) {
    Node* c = copy_one(src);
    append_child(dst_parent, c);
    if (src->first) {
      dst_parent = c;
      src = src->first;
      continue;
    }
    while (src != n && !src->next) {
      src = src->parent;
      dst_parent = dst_parent->parent;
    }
    if (src == n) break;
    src = src->next;
  }
  return top;
}

// [SECTION] Walking

Node* next_in_order(const Node* n, const Node* scope) {
  if (n->first) return n->first;
  return next_after(n, scope);
}

Node* next_after(const Node* n, const Node* scope) {
  while (n && n != scope) {
    if (n->next) return n->next;
    n = n->parent;
  }
  return nullptr;
}

Node* first_element_child(const Node* n) {
  for (Node* c = n->first; c; c = c->next)
    if (!c->is_text) return c;
  return nullptr;
}

Node* next_element_sibling(const Node* n) {
  for (Node* c = n->next; c; c = c->next)
    if (!c->is_text) return c;
  return nullptr;
}

size_t element_child_count(const Node* n) {
  size_t count = 0;
  for (const Node* c = n->first; c; c = c->next) count += c->is_text ? 0 : 1;
  return count;
}

Node* next_element(const Node* n, bool skip_children) {
  if (!skip_children)
    if (Node* c = first_element_child(n)) return c;
  while (n) {
    if (Node* s = next_element_sibling(n)) return s;
    n = n->parent;
  }
  return nullptr;
}

std::vector<Node*> descendants(Node* n, std::string_view tag) {
  std::vector<Node*> out;
  for (Node* d = n->first ? n->first : nullptr; d; d = next_in_order(d, n))
    if (d->is(tag)) out.push_back(d);
  return out;
}

std::vector<Node*> descendants(Node* n, std::initializer_list<std::string_view> tags) {
  std::vector<Node*> out;
  for (Node* d = n->first; d; d = next_in_order(d, n)) {
    if (d->is_text) continue;
    for (std::string_view t : tags)
      if (d->is(t)) {
        out.push_back(d);
        break;
      }
  }
  return out;
}

size_t count_descendants(const Node* n, std::string_view tag) {
  size_t count = 0;
  for (const Node* d = n->first; d; d = next_in_order(d, n)) count += d->is(tag) ? 1 : 0;
  return count;
}

bool has_ancestor(const Node* n, std::string_view tag, int max_depth, bool (*filter)(const Node*)) {
  int depth = 0;
  for (const Node* p = n->parent; p; p = p->parent, ++depth) {
    if (max_depth >= 0 && depth > max_depth) return false;
    if (p->is(tag) && (!filter || filter(p))) return true;
  }
  return false;
}

bool is_inside(const Node* n, const Node* root) {
  for (; n; n = n->parent)
    if (n == root) return true;
  return false;
}

// [SECTION] Text

std::string text_content(const Node* n) {
  if (n->is_text) return n->text;
  std::string out;
  for (const Node* d = n->first; d; d = next_in_order(d, n))
    if (d->is_text) out += d->text;
  return out;
}

bool short_text_content(const Node* n, size_t max_bytes, size_t max_nodes, std::string& out) {
  out.clear();
  if (n->is_text) {
    if (n->text.size() > max_bytes) return false;
    out = n->text;
    return true;
  }
  size_t nodes = 0;
  for (const Node* d = n->first; d; d = next_in_order(d, n)) {
    if (++nodes > max_nodes) return false;
    if (!d->is_text) continue;
    if (out.size() + d->text.size() > max_bytes) return false;
    out += d->text;
  }
  return true;
}

bool has_visible_text(const Node* n) {
  if (n->is_text) return !is_blank(n->text);
  for (const Node* d = n->first; d; d = next_in_order(d, n))
    if (d->is_text && !is_blank(d->text)) return true;
  return false;
}

std::string inner_text(const Node* n) {
  const std::string raw = text_content(n);
  std::string out;
  out.reserve(raw.size());
  size_t i = 0;
  // Trim the start, then copy, turning runs of 2+ spaces into one space.
  while (i < raw.size()) {
    const size_t len = space_length(raw, i);
    if (!len) break;
    i += len;
  }
  while (i < raw.size()) {
    size_t len = space_length(raw, i);
    if (!len) {
      out.push_back(raw[i++]);
      continue;
    }
    size_t run = 0, j = i;
    while (j < raw.size() && (len = space_length(raw, j))) {
      ++run;
      j += len;
    }
    if (j == raw.size()) break;  // trailing white space
    if (run == 1) out.append(raw, i, j - i);
    else out.push_back(' ');
    i = j;
  }
  return out;
}

size_t inner_length(const Node* n) {
  // Non-space characters, plus one for each run of white space between two of them.
  size_t length = 0;
  bool seen = false, in_space = false;
  auto count = [&](const std::string& text) {
    for (size_t i = 0; i < text.size();) {
      if (const size_t sp = space_length(text, i)) {
        in_space = seen;
        i += sp;
        continue;
      }
      if (in_space) ++length;
      in_space = false;
      seen = true;
      length += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
      ++i;
    }
  };
  if (n->is_text) count(n->text);
  for (const Node* d = n->first; d; d = next_in_order(d, n))
    if (d->is_text) count(d->text);
  return length;
}

size_t count_char(const Node* n, char c) {
  size_t count = 0;
  auto add = [&](const std::string& text) {
    for (char ch : text) count += ch == c;
  };
  if (n->is_text) add(n->text);
  for (const Node* d = n->first; d; d = next_in_order(d, n))
    if (d->is_text) add(d->text);
  return count;
}

size_t char_count(std::string_view s) {
  size_t count = 0;
  for (char c : s) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

bool is_blank(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const size_t len = space_length(s, i);
    if (!len) return false;
    i += len;
  }
  return true;
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    if (const size_t len = space_length(s, i)) {
      space = !out.empty();
      i += len;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(s[i++]);
  }
  return out;
}

std::string trim(std::string_view s) {
  size_t a = 0, b = s.size();
  while (a < b) {
    const size_t len = space_length(s, a);
    if (!len) break;
    a += len;
  }
  while (b > a) {
    size_t start = b - 1;
    while (start > a && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    if (space_length(s, start) != b - start) break;
    b = start;
  }
  return std::string(s.substr(a, b - a));
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace core::extract
