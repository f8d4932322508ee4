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

# libsodium: X25519 key pairs and sealed boxes for credentials shared end to end.
find_path(SODIUM_INCLUDE_DIR sodium.h REQUIRED)
find_library(SODIUM_LIBRARY sodium REQUIRED)
add_library(Sitekeeper::Sodium UNKNOWN IMPORTED)
set_target_properties(Sitekeeper::Sodium PROPERTIES IMPORTED_LOCATION "${SODIUM_LIBRARY}"
                                                    INTERFACE_INCLUDE_DIRECTORIES "${SODIUM_INCLUDE_DIR}")

# OpenLDAP's libldap (with liblber, its BER codec): Compare With Directory and the profile import read
# an Active Directory or LDAP directory live (workspace/LdapDirectory).
find_path(LDAP_INCLUDE_DIR ldap.h REQUIRED)
find_library(LDAP_LIBRARY ldap REQUIRED)
find_library(LBER_LIBRARY lber REQUIRED)
add_library(Sitekeeper::Lber UNKNOWN IMPORTED)
set_target_properties(Sitekeeper::Lber PROPERTIES IMPORTED_LOCATION "${LBER_LIBRARY}"
                                                  INTERFACE_INCLUDE_DIRECTORIES "${LDAP_INCLUDE_DIR}")
add_library(Sitekeeper::Ldap UNKNOWN IMPORTED)
set_target_properties(Sitekeeper::Ldap PROPERTIES IMPORTED_LOCATION "${LDAP_LIBRARY}"
                                                  INTERFACE_INCLUDE_DIRECTORIES "${LDAP_INCLUDE_DIR}"
                                                  INTERFACE_LINK_LIBRARIES Sitekeeper::Lber)
