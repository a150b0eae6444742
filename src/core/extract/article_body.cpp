// article_body.cpp - see article_body.h. Follows Readability's _grabArticle step by step;
// the constants (25 characters, 5 top candidates, 500 characters, ...) are its own.
#include "core/extract/article_body.h"

#include <algorithm>
#include <vector>

#include "core/extract/cleanup.h"
#include "core/extract/hints.h"
#include "core/extract/text_chars.h"
#include "core/extract/text_output.h"
#include "core/extract/title.h"

namespace core::extract {
namespace {

constexpr size_t kTopCandidates = 5;
constexpr size_t kCharThreshold = 500;

bool is_tag_to_score(const Node* n) {
  for (std::string_view t : {"section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"})
    if (n->is(t)) return true;
  return false;
}

// Elements that stop a <div> from being a paragraph (Readability's DIV_TO_P_ELEMS).
bool is_div_to_p_blocker(const Node* n) {
  for (std::string_view t : {"blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"})
    if (n->is(t)) return true;
  return false;
}

bool has_child_block_element(const Node* n) {
  for (const Node* d = n->first; d; d = next_in_order(d, n))
    if (!d->is_text && is_div_to_p_blocker(d)) return true;
  return false;
}

// Exactly one element child, named `tag`, and no text beside it that ends in a visible
// character (Readability tests text nodes with /\S$/).
bool has_single_tag_inside(const Node* n, std::string_view tag) {
  if (element_child_count(n) != 1 || !first_element_child(n)->is(tag)) return false;
  for (const Node* c = n->first; c; c = c->next) {
    if (!c->is_text || c->text.empty()) continue;
    size_t last = c->text.size() - 1;
    while (last > 0 && (static_cast<unsigned char>(c->text[last]) & 0xC0) == 0x80) --last;
    if (space_length(c->text, last) == 0) return false;
  }
  return true;
}

bool is_element_without_content(const Node* n) {
  if (has_visible_text(n)) return false;
  const size_t children = element_child_count(n);
  return children == 0 || children == count_descendants(n, "br") + count_descendants(n, "hr");
}

bool is_valid_byline(const std::string& text) {
  const std::string t = trim(text);
  return !t.empty() && char_count(t) < 100;
}

std::vector<Node*> ancestors(Node* n, size_t max_depth) {
  std::vector<Node*> out;
  for (Node* p = n->parent; p; p = p->parent) {
    out.push_back(p);
    if (max_depth && out.size() == max_depth) break;
  }
  return out;
}

void initialize(Node* n, const Flags& flags) {
  n->scored = true;
  n->score = 0;
  const std::string_view t = n->name;
  if (t == "div") n->score += 5;
  else if (t == "pre" || t == "td" || t == "blockquote") n->score += 3;
  else if (t == "address" || t == "ol" || t == "ul" || t == "dl" || t == "dd" || t == "dt" ||
           t == "li" || t == "form")
    n->score -= 3;
  else if (t == "h1" || t == "h2" || t == "h3" || t == "h4" || t == "h5" || t == "h6" || t == "th")
    n->score -= 5;
  n->score += class_weight(n, flags);
}

struct Attempt {
  std::string text;
  size_t length = 0;
  std::string dir;
  std::vector<std::string> headings;
};

class Grabber {
 public:
  Grabber(Document& doc, const std::string& title, bool byline_known,
          const std::function<Document()>& reparse)
      : doc_(&doc), title_(title), byline_known_(byline_known), reparse_(reparse) {}

  ArticleBody run() {
    std::vector<Attempt> attempts;
    while (true) {
      Node* content = attempt(doc_->body());
      Attempt a;
      a.text = article_text(content, &a.headings);
      a.length = inner_length(content);
      a.dir = dir_;
      if (a.length >= kCharThreshold) return {std::move(a.text), byline_, a.dir, std::move(a.headings)};
      attempts.push_back(std::move(a));
      if (flags_.strip_unlikelys) flags_.strip_unlikelys = false;
      else if (flags_.weight_classes) flags_.weight_classes = false;
      else if (flags_.clean_conditionally) flags_.clean_conditionally = false;
      else break;
      // Start again from the page as it was; the previous tree is no longer needed.
      retry_doc_ = reparse_();
      doc_ = &retry_doc_;
    }
    // Nothing long enough: the longest attempt (the first of equals).
    const Attempt* best = &attempts[0];
    for (const Attempt& a : attempts)
      if (a.length > best->length) best = &a;
    return {best->text, byline_, best->dir, best->headings};
  }

 private:
  bool check_byline(Node* n, const std::string& match) {
    if (!byline_.empty() || byline_known_) return false;
    const std::string& rel = n->attr("rel");
    const std::string& itemprop = n->attr("itemprop");
    if ((rel == "author" || itemprop.find("author") != std::string::npos || (!match.empty() && byline_hint(match))) &&
        is_valid_byline(text_content(n))) {
      // An element marked itemprop="name" inside names the author more exactly
      // ("Ana Lima" rather than "Ana Lima, 2 hours ago").
      const Node* name = n;
      for (const Node* d = n->first; d; d = next_in_order(d, n))
        if (!d->is_text && d->attr("itemprop").find("name") != std::string::npos) {
          name = d;
          break;
        }
      byline_ = trim(text_content(name));
      return true;
    }
    return false;
  }

  bool header_duplicates_title(const Node* n) const {
    if (!n->is("h1") && !n->is("h2")) return false;
    return text_similarity(title_, trim(text_content(n))) > 0.75;
  }

  Node* remove_and_get_next(Node* n) {
    Node* next = next_element(n, true);
    remove(n);
    return next;
  }

  // Groups a div's runs of phrasing content into <p>s; then a div that is only a wrapper
  // around one paragraph becomes that paragraph, and a div without blocks becomes a <p>.
  Node* paragraphize_div(Node* node, std::vector<Node*>& to_score) {
    Node* p = nullptr;
    for (Node* child = node->first; child;) {
      Node* next = child->next;
      if (is_phrasing_content(child)) {
        if (p) {
          append_child(p, child);
        } else if (!is_whitespace_node(child)) {
          p = doc_->new_element("p");
          replace(child, p);
          append_child(p, child);
        }
      } else if (p) {
        while (p->last && is_whitespace_node(p->last)) remove(p->last);
        p = nullptr;
      }
      child = next;
    }
    if (has_single_tag_inside(node, "p") && link_density(node) < 0.25) {
      Node* inner = first_element_child(node);
      replace(node, inner);
      to_score.push_back(inner);
      return inner;
    }
    if (!has_child_block_element(node)) {
      node->name = "p";
      to_score.push_back(node);
    }
    return node;
  }

  // Readability's first pass: drop what cannot be content, collect what to score.
  std::vector<Node*> collect(Node* body) {
    std::vector<Node*> to_score;
    bool remove_title_header = true;
    std::string short_text;
    Node* node = doc_->root;
    while (node) {
      // Most elements have neither class nor id: then no hint can match.
      const bool hinted = node->has("class") || node->has("id");
      const std::string match = hinted ? match_string(node) : std::string();
      if (!probably_visible(node)) {
        node = remove_and_get_next(node);
        continue;
      }
      if (node->attr("aria-modal") == "true" && node->attr("role") == "dialog") {
        node = remove_and_get_next(node);
        continue;
      }
      if (is_inside(node, body) && check_byline(node, match)) {
        node = remove_and_get_next(node);
        continue;
      }
      if (node != body && node != doc_->root && short_text_content(node, 512, 64, short_text) &&
          ad_or_loading_label(trim(short_text))) {
        node = remove_and_get_next(node);
        continue;
      }
      if (remove_title_header && header_duplicates_title(node)) {
        remove_title_header = false;
        node = remove_and_get_next(node);
        continue;
      }
      if (flags_.strip_unlikelys && node != body && node != doc_->root) {
        if (hinted && unlikely_candidate(match) && !maybe_candidate(match) && !has_ancestor(node, "table") &&
            !has_ancestor(node, "code") && !node->is("body") && !node->is("a")) {
          node = remove_and_get_next(node);
          continue;
        }
        if (unlikely_role(node->attr("role"))) {
          node = remove_and_get_next(node);
          continue;
        }
      }
      const std::string_view t = node->name;
      if ((t == "div" || t == "section" || t == "header" || t == "h1" || t == "h2" || t == "h3" ||
           t == "h4" || t == "h5" || t == "h6") &&
          is_element_without_content(node)) {
        node = remove_and_get_next(node);
        continue;
      }
      if (is_tag_to_score(node)) to_score.push_back(node);
      if (node->is("div")) node = paragraphize_div(node, to_score);
      node = next_element(node, false);
    }
    return to_score;
  }

  // One pass of the algorithm; returns the article's content (a detached <div>).
  Node* attempt(Node* body) {
    const std::vector<Node*> to_score = collect(body);

    // Score paragraphs; each adds to up to five ancestors, less the further away.
    std::vector<Node*> candidates;
    for (Node* el : to_score) {
      if (!el->parent || !is_inside(el, body)) continue;
      const size_t length = inner_length(el);
      if (length < 25) continue;
      const std::vector<Node*> up = ancestors(el, 5);
      if (up.empty()) continue;
      double score = 1;
      score += 1 + static_cast<double>(count_char(el, ','));
      score += static_cast<double>(std::min<size_t>(length / 100, 3));
      for (size_t level = 0; level < up.size(); ++level) {
        Node* a = up[level];
        if (!a->parent) continue;
        if (!a->scored) {
          initialize(a, flags_);
          candidates.push_back(a);
        }
        const double divider = level == 0 ? 1 : level == 1 ? 2 : static_cast<double>(level) * 3;
        a->score += score / divider;
      }
    }

    // Scale by link density; keep the top five.
    std::vector<Node*> top;
    for (Node* c : candidates) {
      c->score *= 1 - link_density(c);
      size_t at = 0;
      while (at < top.size() && c->score <= top[at]->score) ++at;
      if (at < kTopCandidates) {
        top.insert(top.begin() + static_cast<long>(at), c);
        if (top.size() > kTopCandidates) top.pop_back();
      }
    }

    Node* best = top.empty() ? nullptr : top[0];
    if (!best || best->is("body")) {
      // No candidate: the whole body is the article.
      best = doc_->new_element("div");
      while (body->first) append_child(best, body->first);
      append_child(body, best);
      initialize(best, flags_);
    } else {
      best = prefer_common_ancestor(best, top, body);
      best = climb_while_score_rises(best, body);
      // An only child: its parent holds the same content, and its siblings may be related.
      while (best->parent && best->parent != body && element_child_count(best->parent) == 1)
        best = best->parent;
      if (!best->scored) initialize(best, flags_);
    }

    dir_ = find_dir(best);
    Node* content = gather_siblings(best);
    prep_article(content, flags_);
    return content;
  }

  // The text direction declared nearest the article: its parent first, as Readability
  // looks (the parent is what the sibling search reads from), then the article itself,
  // then further up.
  static std::string find_dir(const Node* best) {
    std::vector<const Node*> order;
    if (best->parent) order.push_back(best->parent);
    order.push_back(best);
    for (const Node* a = best->parent ? best->parent->parent : nullptr; a; a = a->parent) order.push_back(a);
    for (const Node* a : order)
      if (!trim(a->attr("dir")).empty()) return lower_ascii(trim(a->attr("dir")));
    return {};
  }

  // When three or more of the other top candidates (within 75% of the best score) share an
  // ancestor of the best one, that ancestor holds the article.
  Node* prefer_common_ancestor(Node* best, const std::vector<Node*>& top, Node* body) {
    std::vector<std::vector<Node*>> alternatives;
    for (size_t i = 1; i < top.size(); ++i)
      if (top[i]->score / best->score >= 0.75) alternatives.push_back(ancestors(top[i], 0));
    if (alternatives.size() < 3) return best;
    for (Node* p = best->parent; p && p != body && !p->is("body"); p = p->parent) {
      size_t lists = 0;
      for (const auto& list : alternatives) {
        if (std::find(list.begin(), list.end(), p) != list.end()) ++lists;
        if (lists >= 3) return p->scored ? p : (initialize(p, flags_), p);
      }
    }
    return best;
  }

  // Parents of candidates carry part of their scores: if the score goes up on the way to
  // the body, more of the article sits beside the best candidate.
  Node* climb_while_score_rises(Node* best, Node* body) {
    double last = best->score;
    const double threshold = last / 3;
    for (Node* p = best->parent; p && p != body && !p->is("body"); p = p->parent) {
      if (!p->scored) continue;
      if (p->score < threshold) break;
      if (p->score > last) return p;
      last = p->score;
    }
    return best;
  }

  // The best candidate and those of its siblings that look like part of the article.
  Node* gather_siblings(Node* best) {
    Node* content = doc_->new_element("div");
    Node* parent = best->parent;
    if (!parent) {
      append_child(content, best);
      return content;
    }
    const double threshold = std::max(10.0, best->score * 0.2);
    const std::string& best_class = best->attr("class");
    for (Node* sibling = first_element_child(parent); sibling;) {
      Node* next = next_element_sibling(sibling);
      bool append = sibling == best;
      if (!append) {
        double bonus = 0;
        if (!best_class.empty() && sibling->attr("class") == best_class) bonus += best->score * 0.2;
        if (sibling->scored && sibling->score + bonus >= threshold) {
          append = true;
        } else if (sibling->is("p")) {
          const double links = link_density(sibling);
          const size_t length = inner_length(sibling);
          if (length > 80 && links < 0.25) append = true;
          else if (length < 80 && length > 0 && links == 0 && ends_sentence(inner_text(sibling))) append = true;
        }
      }
      if (append) {
        if (!sibling->is("div") && !sibling->is("article") && !sibling->is("section") && !sibling->is("p"))
          sibling->name = "div";  // a form or td would be cleaned away by its tag later
        append_child(content, sibling);
      }
      sibling = next;
    }
    return content;
  }

  // Readability's /\.( |$)/: a full stop followed by a space or the end.
  static bool ends_sentence(const std::string& text) {
    for (size_t i = 0; i < text.size(); ++i)
      if (text[i] == '.' && (i + 1 == text.size() || text[i + 1] == ' ')) return true;
    return false;
  }

  Document* doc_;
  Document retry_doc_;
  std::string title_;
  bool byline_known_ = false;
  const std::function<Document()>& reparse_;
  Flags flags_;
  std::string byline_;
  std::string dir_;
};

}  // namespace

ArticleBody find_article_body(Document& doc, const std::string& title, bool byline_known,
                              const std::function<Document()>& reparse) {
  return Grabber(doc, title, byline_known, reparse).run();
}

}  // namespace core::extract
