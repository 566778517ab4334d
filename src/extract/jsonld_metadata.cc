// JSON-LD metadata. nlohmann_json parses without exceptions (a discarded
// value marks bad input); the search over arrays and @graph is recursive but
// bounded by kMaxJsonDepth, so a hostile script cannot exhaust the stack.
#include "extract/jsonld_metadata.h"

#include <nlohmann/json.hpp>

#include <exception>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "data/embedded_data.h"
#include "extract/html_text.h"

namespace lede::detail {

namespace {

using Json = nlohmann::json;

// Deepest nesting of arrays and @graph searched for the article object;
// real pages use two or three levels.
constexpr int kMaxJsonDepth = 8;

// Returns true when a JSON-LD @type (a string or a list of them) is an article type.
bool IsArticleType(const Json& type) {
  static const std::unordered_set<std::string_view> kTypes = [] {
    std::unordered_set<std::string_view> types;
    for (std::string_view t : DataLines("boilerplate/html_jsonld_article_types.txt")) types.insert(t);
    return types;
  }();
  if (type.is_string()) {
    std::string_view t = type.get_ref<const std::string&>();
    if (t.rfind("schema:", 0) == 0) t.remove_prefix(7);
    return kTypes.count(t) != 0;
  }
  if (type.is_array()) {
    for (const Json& t : type) {
      if (IsArticleType(t)) return true;
    }
  }
  return false;
}

// Returns the string at `key` (or the first string of a list there), collapsed; "" otherwise.
std::string StringField(const Json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) return "";
  const Json* value = &*it;
  if (value->is_array() && !value->empty()) value = &(*value)[0];
  if (value->is_object()) {
    auto id = value->find("@id");
    if (id == value->end()) id = value->find("name");
    if (id == value->end() || !id->is_string()) return "";
    value = &*id;
  }
  return value->is_string() ? CollapseWhitespace(value->get_ref<const std::string&>()) : "";
}

// Collects the name of every object with an "@id" under `value`, so that an
// author given only as {"@id": ...} (the @graph style) can be resolved.
void CollectNamedIds(const Json& value, int depth, std::unordered_map<std::string, std::string>& names) {
  if (depth > kMaxJsonDepth) return;
  if (value.is_array()) {
    for (const Json& v : value) CollectNamedIds(v, depth + 1, names);
    return;
  }
  if (!value.is_object()) return;
  auto id = value.find("@id");
  auto name = value.find("name");
  if (id != value.end() && id->is_string() && name != value.end() && name->is_string()) {
    names.try_emplace(id->get<std::string>(), name->get<std::string>());
  }
  if (auto graph = value.find("@graph"); graph != value.end()) CollectNamedIds(*graph, depth + 1, names);
}

// Returns the names of the author field: a string, an object with a name (or
// an @id naming one elsewhere in the script), or a list of either.
std::vector<std::string> Authors(const Json& object, const std::unordered_map<std::string, std::string>& ids) {
  std::vector<std::string> names;
  auto it = object.find("author");
  if (it == object.end()) return names;
  auto add = [&names, &ids](const Json& a) {
    if (a.is_string()) {
      names.push_back(CollapseWhitespace(a.get_ref<const std::string&>()));
    } else if (a.is_object()) {
      auto name = a.find("name");
      auto id = a.find("@id");
      if (name != a.end() && name->is_string()) {
        names.push_back(CollapseWhitespace(name->get_ref<const std::string&>()));
      } else if (id != a.end() && id->is_string()) {
        if (auto named = ids.find(id->get<std::string>()); named != ids.end()) {
          names.push_back(CollapseWhitespace(named->second));
        }
      }
    }
  };
  if (it->is_array()) {
    for (const Json& a : *it) add(a);
  } else {
    add(*it);
  }
  std::erase_if(names, [](const std::string& n) { return n.empty() || n.rfind("http", 0) == 0; });
  return names;
}

// Copies the fields of one article object into `out`, keeping fields an
// earlier article object already gave: a page may split its facts over
// several scripts (one with an unresolved author @id, one with the name).
void FillEmpty(const Json& article, const std::unordered_map<std::string, std::string>& ids, JsonLdArticle& out) {
  auto fill = [](std::string& slot, std::string value) {
    if (slot.empty()) slot = std::move(value);
  };
  fill(out.headline, StringField(article, "headline"));
  fill(out.headline, StringField(article, "name"));
  fill(out.section, StringField(article, "articleSection"));
  fill(out.description, StringField(article, "description"));
  if (out.authors.empty()) out.authors = Authors(article, ids);
  fill(out.published, StringField(article, "datePublished"));
  fill(out.modified, StringField(article, "dateModified"));
  fill(out.language, StringField(article, "inLanguage"));
  fill(out.url, StringField(article, "url"));
  fill(out.url, StringField(article, "mainEntityOfPage"));
  if (auto pub = article.find("publisher"); pub != article.end() && pub->is_object()) {
    fill(out.publisher, StringField(*pub, "name"));
    if (auto id = pub->find("@id"); out.publisher.empty() && id != pub->end() && id->is_string()) {
      if (auto named = ids.find(id->get<std::string>()); named != ids.end()) {
        out.publisher = CollapseWhitespace(named->second);
      }
    }
  }
}

// Returns the first inLanguage of any object under `value` (a WebPage or
// WebSite often states it when the article object does not), or "".
std::string AnyLanguage(const Json& value, int depth) {
  if (depth > kMaxJsonDepth) return "";
  if (value.is_array()) {
    for (const Json& v : value) {
      std::string found = AnyLanguage(v, depth + 1);
      if (!found.empty()) return found;
    }
    return "";
  }
  if (!value.is_object()) return "";
  std::string language = StringField(value, "inLanguage");
  if (!language.empty()) return language;
  if (auto graph = value.find("@graph"); graph != value.end()) return AnyLanguage(*graph, depth + 1);
  return "";
}

// Returns the first article object under `value`, or nullptr.
const Json* FindArticle(const Json& value, int depth) {
  if (depth > kMaxJsonDepth) return nullptr;
  if (value.is_array()) {
    for (const Json& v : value) {
      if (const Json* found = FindArticle(v, depth + 1)) return found;
    }
    return nullptr;
  }
  if (!value.is_object()) return nullptr;
  if (auto type = value.find("@type"); type != value.end() && IsArticleType(*type)) return &value;
  if (auto graph = value.find("@graph"); graph != value.end()) return FindArticle(*graph, depth + 1);
  return nullptr;
}

// Returns the text of a <script> element.
std::string ScriptText(const Dom& dom, const DomNode& script) {
  std::string text;
  for (NodeId c : script.children) text += dom.nodes[c].text;
  return text;
}

}  // namespace

JsonLdArticle ReadJsonLd(const Dom& dom) {
  JsonLdArticle out;
  for (const DomNode& node : dom.nodes) {
    if (node.is_text || node.tag != "script") continue;
    try {
      const Json json = Json::parse(ScriptText(dom, node), nullptr, /*allow_exceptions=*/false);
      if (json.is_discarded()) continue;
      if (out.page_language.empty()) out.page_language = AnyLanguage(json, 0);
      const Json* article = FindArticle(json, 0);
      if (article == nullptr) continue;
      std::unordered_map<std::string, std::string> ids;
      CollectNamedIds(json, 0, ids);
      FillEmpty(*article, ids, out);
    } catch (const std::exception&) {
      // A type mismatch deep in odd JSON-LD: ignore this script, as with malformed JSON.
      continue;
    }
  }
  return out;
}

}  // namespace lede::detail
