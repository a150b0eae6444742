// html_parse.cpp - see html_parse.h. libxml2's HTML parser reports elements and text
// through SAX callbacks (implied and auto-closed elements included, exactly as its own tree
// builder sees them); we build our Document from those directly, so a page is held in
// memory once, not twice.
#include "core/extract/html_parse.h"

#include <climits>
#include <vector>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "core/extract/end_tag_filter.h"

namespace core::extract {
namespace {

void ignore_error(void*, xmlErrorPtr) {}
void ignore_generic(void*, const char*, ...) {}

const char* chars(const xmlChar* s) { return s ? reinterpret_cast<const char*>(s) : ""; }

// What the callbacks build into; reached through the parser context's _private.
struct Builder {
  Document* doc = nullptr;
  std::vector<Node*> open;  // libxml2's open elements, as our nodes
  int stopped_at_line = 0;
};

Builder& builder_of(void* ctx) {
  return *static_cast<Builder*>(static_cast<htmlParserCtxtPtr>(ctx)->_private);
}

void on_start(void* ctx, const xmlChar* name, const xmlChar** attrs) {
  auto* ctxt = static_cast<htmlParserCtxtPtr>(ctx);
  Builder& b = builder_of(ctx);
  // libxml2 searches its stack of open elements for every end tag: past this depth a page
  // is an attack or an accident, and reading on would take minutes.
  if (ctxt->nameNr > kParseDepthLimit) {
    if (b.stopped_at_line == 0) b.stopped_at_line = ctxt->input ? ctxt->input->line : 1;
    xmlStopParser(ctxt);
    return;
  }
  Node* e = b.doc->new_element(lower_ascii(chars(name)));
  for (const xmlChar** a = attrs; a && *a; a += 2)
    e->attrs.emplace_back(lower_ascii(chars(a[0])), chars(a[1]));
  // Past kMaxDepth an element goes into the deepest allowed ancestor instead of its parent
  // (as browsers do past their own limit): nesting flattens, paragraphs stay paragraphs.
  Node* parent = b.open.empty() ? nullptr
                 : b.open.size() >= static_cast<size_t>(kMaxDepth) ? b.open[kMaxDepth - 1]
                                                                     : b.open.back();
  if (parent) append_child(parent, e);
  else if (!b.doc->root) b.doc->root = e;
  else append_child(b.doc->root, e);  // a second top-level element (libxml2 allows it)
  b.open.push_back(e);
}

void on_end(void* ctx, const xmlChar*) {
  Builder& b = builder_of(ctx);
  if (!b.open.empty()) b.open.pop_back();
}

void on_text(void* ctx, const xmlChar* ch, int len) {
  Builder& b = builder_of(ctx);
  if (b.open.empty() || len <= 0) return;
  Node* parent = b.open.back();
  const char* text = reinterpret_cast<const char*>(ch);
  if (parent->last && parent->last->is_text) parent->last->text.append(text, static_cast<size_t>(len));
  else append_child(parent, b.doc->new_text(std::string(text, static_cast<size_t>(len))));
}

// Makes sure root is <html> holding <head> then <body>; stray content goes into <body>.
void ensure_skeleton(Document& doc) {
  if (!doc.root || !doc.root->is("html")) {
    Node* html = doc.new_element("html");
    if (doc.root) append_child(html, doc.root);
    doc.root = html;
  }
  Node* head = doc.head();
  Node* body = doc.body();
  if (!head) {
    head = doc.new_element("head");
    if (doc.root->first) insert_before(doc.root->first, head);
    else append_child(doc.root, head);
  }
  if (!body) {
    body = doc.new_element("body");
    append_child(doc.root, body);
  }
  // Anything directly under <html> other than head and body belongs to the body, in order.
  Node* const body_start = body->first;
  bool after_body = false;
  for (Node* c = doc.root->first; c;) {
    Node* next = c->next;
    if (c == body) {
      after_body = true;
    } else if (c != head) {
      if (c->is_text && is_blank(c->text)) remove(c);
      else if (!after_body && body_start) insert_before(body_start, c);
      else append_child(body, c);
    }
    c = next;
  }
}

}  // namespace

ParsedHtml parse_html(std::string_view utf8) {
  ParsedHtml out;
  xmlSetStructuredErrorFunc(nullptr, ignore_error);
  xmlSetGenericErrorFunc(nullptr, ignore_generic);
  size_t dropped = 0;
  const std::string html = drop_unmatched_end_tags(utf8, dropped);
  if (html.size() > static_cast<size_t>(INT_MAX)) {
    out.error = "the page is too large to parse";
  } else if (!is_blank(html)) {
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt) {
      out.error = "the HTML parser ran out of memory";
    } else {
      Builder builder;
      builder.doc = &out.doc;
      ctxt->_private = &builder;
      ctxt->sax->startElement = on_start;
      ctxt->sax->endElement = on_end;
      ctxt->sax->characters = on_text;
      ctxt->sax->cdataBlock = on_text;
      const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                          HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT |
                          XML_PARSE_HUGE;
      // The document libxml2 returns holds only the doctype: our callbacks built the rest.
      htmlDocPtr xml = htmlCtxtReadMemory(ctxt, html.data(), static_cast<int>(html.size()),
                                          nullptr, "UTF-8", options);
      if (ctxt->errNo == XML_ERR_NO_MEMORY) out.error = "the HTML parser ran out of memory";
      htmlFreeParserCtxt(ctxt);
      if (xml) xmlFreeDoc(xml);
      if (builder.stopped_at_line > 0)
        out.warning = "the page nests elements more than " + std::to_string(kParseDepthLimit) +
                      " deep at line " + std::to_string(builder.stopped_at_line) +
                      "; the rest of the page was not read";
    }
  }
  ensure_skeleton(out.doc);
  return out;
}

}  // namespace core::extract
