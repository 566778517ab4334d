#include "input/format_sniffer.h"

#include <catch2/catch.hpp>
#include <string>

using lede::detail::LooksLikeHtml;

TEST_CASE("format sniffer tells HTML pages and fragments from text", "[sniffer]") {
  struct Case {
    std::string input;
    bool html;
  };
  const Case cases[] = {
      {"<!DOCTYPE html>\n<html lang=en><head><title>x</title></head>", true},
      {"  \n<!doctype HTML><p>hi", true},
      {"<HTML><BODY>Old page</BODY></HTML>", true},
      {"\xEF\xBB\xBF<html>", true},
      {"<?xml version=\"1.0\"?>\n<!-- saved page -->\n<html xmlns=\"x\">", true},
      {"<head><meta charset=utf-8></head>", true},
      {"<div class=story><p>First paragraph.</p><p>Second.</p></div>", true},
      {"The council voted 5-4.\n\nResidents objected to the plan.", false},
      {"Use the <p> tag for paragraphs, a reader wrote.", false},
      {"Prices rose 3% < 5% forecast; a < b > c.", false},
      {"", false},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    CHECK(LooksLikeHtml(c.input) == c.html);
  }
}
