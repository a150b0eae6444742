// labels.h - words people read for verdicts and categories (files use the core's names).
#pragma once

#include <string>

#include "core/annotation.h"

const char* verdict_label(core::Verdict v);
std::string category_label(const std::string& category);
