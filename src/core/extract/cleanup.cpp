// cleanup.cpp - see cleanup.h. Each function names the Readability function it follows;
// where this code differs, a comment says why.
#include "core/extract/cleanup.h"

#include <cstdlib>
#include <string>
#include <vector>

#include "core/extract/hints.h"
#include "core/extract/text_chars.h"

namespace core::extract {
namespace {

// [SECTION] Helpers

// Readability's _nextNode: n or the first following sibling that is not blank text.
Node* skip_blank_text(Node* n) {
  while (n && n->is_text && is_blank(n->text)) n = n->next;
  return n;
}

// Removes, last first, the nodes that `should_remove` picks among `nodes` still inside
// `root` (Readability's _removeNodes over a node list).
template <class Pred>
void remove_nodes(const std::vector<Node*>& nodes, const Node* root, Pred should_remove) {
  for (size_t i = nodes.size(); i-- > 0;) {
    Node* n = nodes[i];
    if (!n->parent || !is_inside(n, root)) continue;
    if (should_remove(n)) remove(n);
  }
}

// [SECTION] Document preparation

// Readability's _replaceBrs: a run of two or more <br> starts a new paragraph that takes in
// the phrasing content that follows, up to the next run.
void replace_brs(Document& doc, Node* body) {
  for (Node* br : descendants(body, "br")) {
    if (!br->parent) continue;
    bool replaced = false;
    Node* next = br->next;
    while ((next = skip_blank_text(next)) && next->is("br")) {
      replaced = true;
      Node* after = next->next;
      remove(next);
      next = after;
    }
    if (!replaced) continue;
    Node* p = doc.new_element("p");
    replace(br, p);
    next = p->next;
    while (next) {
      if (next->is("br")) {
        Node* following = skip_blank_text(next->next);
        if (following && following->is("br")) break;
      }
      if (!is_phrasing_content(next)) break;
      Node* sibling = next->next;
      append_child(p, next);
      next = sibling;
    }
    while (p->last && is_whitespace_node(p->last)) remove(p->last);
    if (p->parent->is("p")) p->parent->name = "div";
  }
}

// [SECTION] Article cleaning

bool is_data_table(const Node* n) { return n->data_table; }

// Readability's _getRowAndColumnCount.
void row_and_column_count(Node* table, size_t& rows, size_t& columns) {
  rows = columns = 0;
  for (Node* tr : descendants(table, "tr")) {
    const long rowspan = std::strtol(tr->attr("rowspan").c_str(), nullptr, 10);
    rows += rowspan > 0 ? static_cast<size_t>(rowspan) : 1;
    size_t in_row = 0;
    for (Node* td : descendants(tr, "td")) {
      const long colspan = std::strtol(td->attr("colspan").c_str(), nullptr, 10);
      in_row += colspan > 0 ? static_cast<size_t>(colspan) : 1;
    }
    columns = std::max(columns, in_row);
  }
}

// The elements the article's cleaning works on, by kind, in document order: one walk
// instead of one per step (a long page has millions of nodes). A step skips those an
// earlier step removed (remove_nodes checks that they are still in the article).
struct Buckets {
  std::vector<Node*> table, form, fieldset, h1_h2, ul, div, h1, p, br;
  std::vector<Node*> hinted_blocks;  // div, section, aside, form, p, ul with a class or id
};

Buckets sort_into_buckets(Node* root) {
  Buckets b;
  for (Node* n = root->first; n; n = next_in_order(n, root)) {
    if (n->is_text) continue;
    const std::string_view t = n->name;
    if (t == "p") b.p.push_back(n);
    else if (t == "div") b.div.push_back(n);
    else if (t == "br") b.br.push_back(n);
    else if (t == "ul") b.ul.push_back(n);
    else if (t == "table") b.table.push_back(n);
    else if (t == "form") b.form.push_back(n);
    else if (t == "fieldset") b.fieldset.push_back(n);
    if (t == "h1" || t == "h2") b.h1_h2.push_back(n);
    if (t == "h1") b.h1.push_back(n);
    if ((t == "div" || t == "section" || t == "aside" || t == "form" || t == "p" || t == "ul") &&
        (n->has("class") || n->has("id")))
      b.hinted_blocks.push_back(n);
  }
  return b;
}

// Readability's _markDataTables: tables of data (kept) rather than of layout.
void mark_data_tables(const std::vector<Node*>& tables) {
  for (Node* table : tables) {
    table->data_table = false;
    if (table->attr("role") == "presentation") continue;
    if (table->attr("datatable") == "0") continue;
    if (!table->attr("summary").empty()) {
      table->data_table = true;
      continue;
    }
    const std::vector<Node*> captions = descendants(table, "caption");
    if (!captions.empty() && captions[0]->first) {
      table->data_table = true;
      continue;
    }
    bool has_data_parts = false;
    for (std::string_view tag : {"col", "colgroup", "tfoot", "thead", "th"})
      has_data_parts = has_data_parts || count_descendants(table, tag) > 0;
    if (has_data_parts) {
      table->data_table = true;
      continue;
    }
    if (count_descendants(table, "table") > 0) continue;  // nested tables mean layout
    size_t rows = 0, columns = 0;
    row_and_column_count(table, rows, columns);
    table->data_table = rows >= 10 || columns > 4 || rows * columns > 10;
  }
}

bool has_video(const Node* n) {
  for (const auto& kv : n->attrs)
    if (video_url(kv.second)) return true;
  return false;
}

// An <object> is kept when anything inside names a video player (Readability looks at its
// innerHTML; its children's attributes are where such a URL would be).
bool object_has_video(const Node* n) {
  if (has_video(n)) return true;
  for (const Node* d = n->first; d; d = next_in_order(d, n))
    if (!d->is_text && has_video(d)) return true;
  return false;
}

// Readability's _clean for all the tags it drops outright (object, embed, footer, link,
// aside, iframe, input, textarea, select, button) in one walk, plus <nav>: none of them is
// article text. Embedded videos stay.
void clean_never_text(Node* root) {
  static constexpr std::string_view kTags[] = {"object", "embed", "footer", "link", "aside", "nav",
                                      "iframe", "input", "textarea", "select", "button"};
  for (Node* n = root->first; n;) {
    bool drop = false;
    if (!n->is_text)
      for (std::string_view t : kTags)
        if (n->is(t)) {
          drop = true;
          break;
        }
    if (drop && (n->is("object") ? object_has_video(n) : (n->is("embed") || n->is("iframe")) && has_video(n)))
      drop = false;
    if (!drop) {
      n = next_in_order(n, root);
      continue;
    }
    Node* next = next_after(n, root);
    remove(n);
    n = next;
  }
}

// What Readability's _cleanConditionally counts in an element, gathered in one walk rather
// than one per count (it runs on every div of the article, nested ones included). The text
// within lists, headings, links and "textish" elements sums, over each text node, its
// length times the number of such elements around it, as Readability's sums over
// descendants do; only the trimming of each element's own text is not redone.
struct BlockStats {
  size_t length = 0;  // Readability's _getInnerText(node).length
  size_t commas = 0;
  size_t p = 0, img = 0, li = 0, input = 0, embeds = 0;
  bool video = false;
  double link_chars = 0, list_chars = 0, heading_chars = 0, textish_chars = 0;
};

bool is_heading(const Node* n) {
  const std::string_view t = n->name;
  return t.size() == 2 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6';
}

bool is_textish(const Node* n) {
  for (std::string_view t : {"span", "li", "td", "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"})
    if (n->is(t)) return true;
  return false;
}

// Length of a text node as it counts inside an element's inner text: white-space runs are
// one character; a node of white space alone counts nothing.
size_t text_node_length(const std::string& text) {
  size_t length = 0;
  bool visible = false, in_space = false;
  for (size_t i = 0; i < text.size();) {
    if (const size_t sp = space_length(text, i)) {
      if (!in_space) ++length;
      in_space = true;
      i += sp;
      continue;
    }
    visible = true;
    in_space = false;
    length += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    ++i;
  }
  return visible ? length : 0;
}

BlockStats block_stats(Node* node) {
  BlockStats st;
  st.length = inner_length(node);
  st.commas = count_char(node, ',');
  int lists = 0, headings = 0, textish = 0;
  double link_weight = 0;
  auto count = [&](const Node* n, int sign) {
    if (n->is("ul") || n->is("ol")) lists += sign;
    if (is_heading(n)) headings += sign;
    if (is_textish(n)) textish += sign;
    if (n->is("a")) {
      const std::string& href = n->attr("href");
      link_weight += sign * (href.size() > 1 && href[0] == '#' ? 0.3 : 1.0);
    }
  };
  // Walk with enter and leave steps so the counters know which elements surround a text.
  const Node* n = node->first;
  while (n) {
    if (n->is_text) {
      const double len = static_cast<double>(text_node_length(n->text));
      st.list_chars += len * lists;
      st.heading_chars += len * headings;
      st.textish_chars += len * textish;
      st.link_chars += len * link_weight;
    } else {
      const std::string_view t = n->name;
      if (t == "p") ++st.p;
      else if (t == "img") ++st.img;
      else if (t == "li") ++st.li;
      else if (t == "input") ++st.input;
      else if (t == "object" || t == "embed" || t == "iframe") {
        ++st.embeds;
        st.video = st.video || has_video(n) || (t == "object" && object_has_video(n));
      }
      count(n, +1);
      if (n->first) {
        n = n->first;
        continue;
      }
      count(n, -1);
    }
    while (n != node && !n->next) {
      n = n->parent;
      if (n != node) count(n, -1);
    }
    n = n == node ? nullptr : n->next;
  }
  return st;
}

// Readability's _cleanConditionally: drops `tag` elements that look like boilerplate (too
// many links, images or inputs for their text, list-like, tiny) unless they hold data
// tables, code, or videos.
void clean_conditionally(Node* root, const std::vector<Node*>& nodes, std::string_view tag,
                         const Flags& flags) {
  if (!flags.clean_conditionally) return;
  remove_nodes(nodes, root, [&](Node* node) {
    if (tag == "table" && node->data_table) return false;
    if (has_ancestor(node, "table", -1, is_data_table)) return false;
    if (has_ancestor(node, "code")) return false;
    const int weight = class_weight(node, flags);
    if (weight < 0) return true;
    const BlockStats st = block_stats(node);
    if (st.commas >= 10) return false;

    const double length = static_cast<double>(st.length);
    const bool is_list = tag == "ul" || tag == "ol" || (length > 0 && st.list_chars / length > 0.9);
    const double p = static_cast<double>(st.p), img = static_cast<double>(st.img);
    const double li = static_cast<double>(st.li) - 100, input = static_cast<double>(st.input);
    const double heading_density = length > 0 ? st.heading_chars / length : 0;
    const double textish_density = length > 0 ? st.textish_chars / length : 0;
    if (st.video) return false;
    const double links = length > 0 ? st.link_chars / length : 0;
    const bool in_figure = has_ancestor(node, "figure");
    bool remove_it =
        (img > 1 && p / img < 0.5 && !in_figure) || (!is_list && li > p) ||
        (input > static_cast<double>(static_cast<long>(p / 3))) ||
        (!is_list && heading_density < 0.9 && length < 25 && (img == 0 || img > 2) && !in_figure &&
         links > 0) ||
        (!is_list && weight < 25 && links > 0.2) || (weight >= 25 && links > 0.5) ||
        (st.embeds == 1 && length < 75) || st.embeds > 1 || (img == 0 && textish_density == 0) ||
        // Not Readability's: a list made only of links is a "read more" or "related" list.
        (tag == "ul" && links > 0.9 && st.li >= 2);
    // Lists of images stay when every item holds one.
    if (is_list && remove_it) {
      for (Node* c = first_element_child(node); c; c = next_element_sibling(c))
        if (element_child_count(c) > 1) return remove_it;
      if (st.img == st.li) return false;
    }
    return remove_it;
  });
}

// Readability's _cleanMatchedNodes with its share-bar filter.
void clean_share_elements(Node* top) {
  const Node* end = next_element(top, true);
  Node* n = next_element(top, false);
  while (n && n != end) {
    if (share_hint(match_string(n)) && char_count(text_content(n)) < 500) {
      Node* after = next_element(n, true);
      remove(n);
      n = after;
    } else {
      n = next_element(n, false);
    }
  }
}

// Notices a reader never came for (cookie consent, newsletter sign-up, paywall prompts):
// small blocks whose class or id says so. Readability lets these through when they sit
// inside the article; "small" keeps an article whose wrapper is named "subscriber-content".
void clean_notices(Node* root, const std::vector<Node*>& hinted_blocks) {
  remove_nodes(hinted_blocks, root, [](Node* n) {
    return notice_hint(match_string(n)) && inner_length(n) < 500;
  });
}

// Readability's single-cell-table unwrapping: a table of one cell is that cell's content.
void unwrap_single_cell_tables(Node* root, const std::vector<Node*>& tables) {
  for (Node* table : tables) {
    if (!table->parent || !is_inside(table, root)) continue;
    auto single_child = [](Node* n, std::string_view tag) -> Node* {
      Node* only = nullptr;
      for (Node* c = n->first; c; c = c->next) {
        if (c->is_text) {
          if (!is_blank(c->text)) return nullptr;
          continue;
        }
        if (only || !c->is(tag)) return nullptr;
        only = c;
      }
      return only;
    };
    Node* tbody = single_child(table, "tbody");
    Node* rows = tbody ? tbody : table;
    Node* row = single_child(rows, "tr");
    if (!row) continue;
    Node* cell = single_child(row, "td");
    if (!cell) continue;
    bool phrasing = true;
    for (Node* c = cell->first; c && phrasing; c = c->next) phrasing = is_phrasing_content(c);
    cell->name = phrasing ? "p" : "div";
    replace(table, cell);
  }
}

}  // namespace

// [SECTION] Shared rules

bool is_phrasing_content(const Node* n) {
  if (n->is_text) return true;
  static constexpr std::string_view kPhrasing[] = {
      "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn",
      "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript",
      "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span",
      "strong", "sub", "sup", "textarea", "time", "var", "wbr"};
  for (std::string_view t : kPhrasing)
    if (n->is(t)) return true;
  if (n->is("a") || n->is("del") || n->is("ins")) {
    for (const Node* c = n->first; c; c = c->next)
      if (!is_phrasing_content(c)) return false;
    return true;
  }
  return false;
}

bool is_whitespace_node(const Node* n) { return n->is_text ? is_blank(n->text) : n->is("br"); }

int class_weight(const Node* n, const Flags& flags) {
  if (!flags.weight_classes) return 0;
  int weight = 0;
  const std::string& cls = n->attr("class");
  const std::string& id = n->attr("id");
  if (!cls.empty()) {
    if (negative_hint(cls)) weight -= 25;
    if (positive_hint(cls)) weight += 25;
  }
  if (!id.empty()) {
    if (negative_hint(id)) weight -= 25;
    if (positive_hint(id)) weight += 25;
  }
  return weight;
}

double link_density(const Node* n) {
  const size_t total = inner_length(n);
  if (total == 0) return 0;
  double in_links = 0;
  for (const Node* d = n->first; d; d = next_in_order(d, n)) {
    if (!d->is("a")) continue;
    const std::string& href = d->attr("href");
    const double weight = href.size() > 1 && href[0] == '#' ? 0.3 : 1.0;
    in_links += static_cast<double>(inner_length(d)) * weight;
  }
  return in_links / static_cast<double>(total);
}

void prep_document(Document& doc) {
  // Scripts, styles and templates are never text; <noscript> repeats content for
  // browsers without JavaScript (Readability drops it too, after rescuing its images).
  for (Node* n : descendants(doc.root, {"script", "noscript", "style", "template"})) remove(n);
  if (Node* body = doc.body()) replace_brs(doc, body);
  for (Node* font : descendants(doc.root, "font")) font->name = "span";
}

void prep_article(Node* content, const Flags& flags) {
  const Buckets b = sort_into_buckets(content);
  mark_data_tables(b.table);
  clean_conditionally(content, b.form, "form", flags);
  clean_conditionally(content, b.fieldset, "fieldset", flags);
  clean_never_text(content);
  // Share bars are measured without the buttons and asides inside them.
  for (Node* top = first_element_child(content); top; top = next_element_sibling(top))
    clean_share_elements(top);
  clean_notices(content, b.hinted_blocks);
  // Readability's _cleanHeaders: h1/h2 whose class or id looks negative.
  remove_nodes(b.h1_h2, content, [&](Node* h) { return class_weight(h, flags) < 0; });
  clean_conditionally(content, b.table, "table", flags);
  clean_conditionally(content, b.ul, "ul", flags);
  clean_conditionally(content, b.div, "div", flags);
  for (Node* h1 : b.h1) h1->name = "h2";
  // Empty paragraphs go, unless they hold an image or an embedded video.
  remove_nodes(b.p, content, [](Node* p) {
    if (has_visible_text(p)) return false;
    for (const Node* d = p->first; d; d = next_in_order(d, p))
      if (d->is("img") || d->is("embed") || d->is("object") || d->is("iframe")) return false;
    return true;
  });
  for (Node* br : b.br) {
    if (!br->parent || !is_inside(br, content)) continue;
    Node* next = skip_blank_text(br->next);
    if (next && next->is("p")) remove(br);
  }
  unwrap_single_cell_tables(content, b.table);
}

}  // namespace core::extract
