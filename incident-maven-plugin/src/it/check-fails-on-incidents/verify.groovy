import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Checking GitGuardian incidents of incubateur-demo/demo-startup (repository from incident.repository')
assert log.contains('Filters: statuses TRIGGERED, ASSIGNED; severity at or above unknown')
assert log.contains('4 unresolved incidents for incubateur-demo/demo-startup: 1 critical, 1 high, 1 medium, 1 low')
assert log =~ /910001\s+critical\s+TRIGGERED\s+RED\s+PostgreSQL Credentials\s+2026-11-03\s+https:\/\/dashboard.gitguardian.com\/workspace\/4242\/incidents\/910001/
assert log =~ /910002\s+high\s+ASSIGNED\s+ORANGE/
assert !log.contains('910005') : 'a RESOLVED incident is listed'
assert !log.contains('910006') : 'an IGNORED incident is listed'
assert log.contains('BUILD FAILURE')
assert log.contains('MojoFailureException') : 'a policy breach must be a MojoFailureException'
assert log.contains('Revoke each secret and resolve the incident in GitGuardian')

def dir = new File(basedir, 'target/incident')
def json = new JsonSlurper().parse(new File(dir, 'incidents.json'))
assert json.repository == 'incubateur-demo/demo-startup'
assert json.counted == 4 && json.failed == true
assert json.filters.failOnSeverity == 'unknown'
assert json.incidents*.id == [910001, 910002, 910003, 910004]
assert json.incidents[0].occurrences[0].file == 'config/settings/production.py'
assert json.incidents[0].occurrences[0].line == 42
assert !new File(dir, 'incidents.json').text.contains('share_url')

def sarif = new JsonSlurper().parse(new File(dir, 'incidents.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.size() == 4
assert results*.level == ['error', 'error', 'warning', 'note']
assert results[0].locations[0].physicalLocation.artifactLocation.uri == 'config/settings/production.py'
assert results[0].locations[0].physicalLocation.region.startLine == 42
assert sarif.runs[0].tool.driver.rules*.id.contains('gitguardian/postgresql_credentials')
assert sarif.runs[0].tool.driver.rules[0].helpUri == 'https://dashboard.gitguardian.com/workspace/4242/incidents/910001'

def md = new File(dir, 'summary.md').text
assert md.contains('| 910001 | critical | TRIGGERED | RED | PostgreSQL Credentials | 2026-11-03 |')
assert md.contains('Filters in force: statuses TRIGGERED, ASSIGNED')
return true
