#!/usr/bin/env bash
# Where one trade-event intake call's cost goes, store by store (client and PostgreSQL backend CPU per event), on a
# database the keys benchmark kept (KEEP=1). Run from the repository's root after `mvn -B -o -pl domain-ejb compile`,
# on the database's machine as root (it reads the backend's /proc/<pid>/stat and renices it):
#   bash bench/intake/breakdown.sh redress_keys_bench_ti 300000 60000 [rounds]
set -euo pipefail
DB=${1:?database} KEYS=${2:?keys seeded} ACCOUNTS=${3:?accounts seeded} ROUNDS=${4:-60}
M2=${M2:-$HOME/.m2/repository}
jar() { ls "$M2"/$1 | sort -V | tail -1; }
CP=domain-ejb/target/classes
CP=$CP:$(jar 'org/postgresql/postgresql/*/postgresql-*[0-9].jar')
CP=$CP:$(jar 'jakarta/persistence/jakarta.persistence-api/*/jakarta.persistence-api-*[0-9].jar')
CP=$CP:$(jar 'org/eclipse/persistence/org.eclipse.persistence.core/*/org.eclipse.persistence.core-*[0-9].jar')
CP=$CP:$(jar 'jakarta/enterprise/jakarta.enterprise.cdi-api/*/jakarta.enterprise.cdi-api-*[0-9].jar')
CP=$CP:$(jar 'jakarta/inject/jakarta.inject-api/*/jakarta.inject-api-*[0-9].jar')
exec nice -n 10 java -cp "$CP" bench/intake/IntakeBreakdown.java "jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$DB" "$KEYS" "$ACCOUNTS" "$ROUNDS"
