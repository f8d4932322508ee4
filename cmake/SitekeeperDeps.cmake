# SPDX-License-Identifier: GPL-3.0-or-later
# Libraries Debian ships without CMake packages: wrapped as imported targets.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
add_library(Sitekeeper::PhoneNumber UNKNOWN IMPORTED)
set_target_properties(Sitekeeper::PhoneNumber PROPERTIES IMPORTED_LOCATION "${PHONENUMBER_LIBRARY}"
                                                         INTERFACE_INCLUDE_DIRECTORIES "${PHONENUMBER_INCLUDE_DIR}")

find_path(ZXCVBN_INCLUDE_DIR zxcvbn.h REQUIRED)
find_library(ZXCVBN_LIBRARY zxcvbn REQUIRED)
add_library(Sitekeeper::Zxcvbn UNKNOWN IMPORTED)
set_target_properties(Sitekeeper::Zxcvbn PROPERTIES IMPORTED_LOCATION "${ZXCVBN_LIBRARY}"
                                                    INTERFACE_INCLUDE_DIRECTORIES "${ZXCVBN_INCLUDE_DIR}")
