# SPDX-License-Identifier: GPL-3.0-or-later
# Shared compile settings for every Sitekeeper target, carried by one INTERFACE target.
add_library(sitekeeper_options INTERFACE)
target_compile_features(sitekeeper_options INTERFACE cxx_std_20)
target_compile_options(sitekeeper_options INTERFACE -Wall -Wextra -Wpedantic -Wold-style-cast
                                                    $<$<BOOL:${SITEKEEPER_WERROR}>:-Werror>)
target_compile_definitions(
  sitekeeper_options
  INTERFACE QT_NO_CAST_FROM_ASCII QT_NO_CONTEXTLESS_CONNECT QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
            QT_NO_KEYWORDS QT_NO_FOREACH QT_USE_QSTRINGBUILDER
            SITEKEEPER_VERSION="${PROJECT_VERSION}")
set(CMAKE_CXX_EXTENSIONS OFF)
