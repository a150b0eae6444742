// test_evidence.cpp - which evidence entries open as links and which stay source notes.
#include <doctest/doctest.h>

#include "core/evidence.h"

using core::Evidence;

TEST_SUITE("evidence") {
  TEST_CASE("web addresses are links; a bare domain or www. gets https://") {
    CHECK(core::read_evidence("https://www.icc-cpi.int/states-parties").kind == Evidence::Kind::Link);
    CHECK(core::read_evidence("  http://example.org  ").href == "http://example.org");
    CHECK(core::read_evidence("www.icc-cpi.int").href == "https://www.icc-cpi.int");
    CHECK(core::read_evidence("bbc.co.uk/news/world-67123456").href == "https://bbc.co.uk/news/world-67123456");
    CHECK(core::read_evidence("doi:10.1000/182").href == "https://doi.org/10.1000/182");
  }

  TEST_CASE("anything else is a source note, kept as written") {
    CHECK(core::read_evidence("see p. 4 of the report").kind == Evidence::Kind::SourceNote);
    CHECK(core::read_evidence("Interview, 3 May").kind == Evidence::Kind::SourceNote);
    CHECK(core::read_evidence("report.pdf").kind == Evidence::Kind::SourceNote);  // a file, not a site
    CHECK(core::read_evidence("e.g.").kind == Evidence::Kind::SourceNote);
    CHECK(core::read_evidence("ftp://files.example.org/x").kind == Evidence::Kind::SourceNote);
    CHECK(core::read_evidence("https://").kind == Evidence::Kind::SourceNote);
    CHECK(core::read_evidence("p.4").kind == Evidence::Kind::SourceNote);
    CHECK(core::read_evidence("").kind == Evidence::Kind::SourceNote);
    CHECK(core::normalise_evidence("  see p. 4 of the report ") == "see p. 4 of the report");
    CHECK(core::normalise_evidence("www.un.org") == "https://www.un.org");
  }

  TEST_CASE("links for people: no scheme, no www., shortened") {
    CHECK(core::short_link("https://www.icc-cpi.int/states-parties/", 60) == "icc-cpi.int/states-parties");
    CHECK(core::short_link("https://example.org/a/very/long/path", 15) == "example.org/a/\u2026");
  }
}
