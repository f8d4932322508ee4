#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away OpenLDAP server for the directory tests (label ldap), started in DIR on two free
# loopback ports: ldap:// (StartTLS offered) and ldaps://, with a CA and a server certificate made
# here, the schemas core, cosine, inetorgperson and tests/ldap/active-directory.schema, and a size
# limit of 1000 entries (as Active Directory's MaxPageSize), so that reading more takes paged results.
# The data are the tests' own: they add entries under the base as the admin and read them as the
# reader, who is held to the size limit (the admin, slapd's rootdn, is not).
#
#   eval "$(scripts/test-slapd.sh start DIR)"   prints the SITEKEEPER_TEST_LDAP_* exports
#   scripts/test-slapd.sh stop DIR
#
# Runs as root (CI) and as a normal user alike; slapd stays in the calling user's name.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
command=${1:-}
dir=${2:-}
[ -n "$command" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

if [ "$command" = stop ]; then
  if [ -f "$dir/slapd.pid" ]; then
    kill "$(cat "$dir/slapd.pid")" 2>/dev/null || true
  fi
  exit 0
fi
[ "$command" = start ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

slapd=$(command -v slapd || echo /usr/sbin/slapd)
[ -x "$slapd" ] || { echo "test-slapd: no slapd (Debian package slapd)" >&2; exit 1; }
schemas=/etc/ldap/schema
modules=/usr/lib/ldap
mkdir -p "$dir/db"
log="$dir/slapd.log"

# A CA and a certificate for 127.0.0.1 (and localhost) signed by it (EC keys: made in milliseconds). The
# URLs name 127.0.0.1: libldap checks a certificate for "localhost" against the machine's host name.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj "/CN=Sitekeeper test LDAP CA" \
  -keyout "$dir/ca.key" -out "$dir/ca.pem" >>"$log" 2>&1
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=localhost" \
  -keyout "$dir/server.key" -out "$dir/server.csr" >>"$log" 2>&1
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' \
  >"$dir/server.ext"
openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial -days 2 \
  -extfile "$dir/server.ext" -out "$dir/server.pem" >>"$log" 2>&1
chmod 600 "$dir/server.key" "$dir/ca.key"

base="dc=sitekeeper,dc=test"
admin_pw=$(openssl rand -hex 16)
reader_pw=$(openssl rand -hex 16)
cat >"$dir/slapd.conf" <<CONF
include $schemas/core.schema
include $schemas/cosine.schema
include $schemas/inetorgperson.schema
include $root/tests/ldap/active-directory.schema
pidfile $dir/slapd.pid
argsfile $dir/slapd.args
modulepath $modules
moduleload back_mdb
# As Active Directory: at most 1000 entries per answer, any number in pages.
sizelimit size.soft=1000 size.hard=1000 size.pr=1000 size.prtotal=unlimited
TLSCACertificateFile $dir/ca.pem
TLSCertificateFile $dir/server.pem
TLSCertificateKeyFile $dir/server.key
database mdb
suffix "$base"
rootdn "cn=admin,$base"
rootpw $admin_pw
directory $dir/db
maxsize 268435456
dbnosync
access to attrs=userPassword by anonymous auth by * none
access to * by users read by * none
CONF
cat >"$dir/base.ldif" <<LDIF
dn: $base
objectClass: dcObject
objectClass: organization
dc: sitekeeper
o: Sitekeeper tests

dn: cn=reader,$base
objectClass: person
cn: reader
sn: reader
userPassword: $reader_pw
LDIF
"$(dirname "$slapd")/slapadd" -f "$dir/slapd.conf" -l "$dir/base.ldif" >>"$log" 2>&1 ||
  { echo "test-slapd: slapadd failed; see $log" >&2; exit 1; }

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
tls_port=$(free_port)
"$slapd" -f "$dir/slapd.conf" -h "ldap://127.0.0.1:$port/ ldaps://127.0.0.1:$tls_port/" >>"$log" 2>&1 ||
  { echo "test-slapd: slapd did not start; see $log" >&2; exit 1; }
# slapd forks once its listeners are bound; wait for the pid file that says it is serving.
for _ in $(seq 1 100); do
  [ -s "$dir/slapd.pid" ] && break
  sleep 0.05
done
[ -s "$dir/slapd.pid" ] || { echo "test-slapd: slapd wrote no pid file; see $log" >&2; exit 1; }

cat <<EXPORTS
export SITEKEEPER_TEST_LDAP_URL=ldap://127.0.0.1:$port
export SITEKEEPER_TEST_LDAPS_URL=ldaps://127.0.0.1:$tls_port
export SITEKEEPER_TEST_LDAP_BASE_DN='$base'
export SITEKEEPER_TEST_LDAP_ADMIN_DN='cn=admin,$base'
export SITEKEEPER_TEST_LDAP_ADMIN_PASSWORD=$admin_pw
export SITEKEEPER_TEST_LDAP_BIND_DN='cn=reader,$base'
export SITEKEEPER_TEST_LDAP_BIND_PASSWORD=$reader_pw
export SITEKEEPER_TEST_LDAP_CA_FILE=$dir/ca.pem
EXPORTS
