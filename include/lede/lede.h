// lede: a news-article analyzer. Include this header for the whole public API.
#ifndef LEDE_LEDE_H_
#define LEDE_LEDE_H_

#include "lede/analyzer.h"
#include "lede/document.h"
#include "lede/entity.h"
#include "lede/inputs.h"
#include "lede/options.h"
#include "lede/quantity.h"
#include "lede/quote.h"
#include "lede/report.h"
#include "lede/reporter.h"
#include "lede/status.h"
#include "lede/token.h"
#include "lede/train.h"

#endif  // LEDE_LEDE_H_
