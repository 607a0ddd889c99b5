import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('0 unresolved incidents for incubateur-demo/demo-startup (at or above critical); not counted: 3 below the threshold')
assert log.contains('severity at or above critical (incident.failOnSeverity)')
assert log =~ /910002\s+high\s+ASSIGNED\s+ORANGE\s+SendGrid Key\s+2026-10-21\s+\S+\s+\(below threshold critical\)/
assert log.contains('BUILD SUCCESS')
def json = new JsonSlurper().parse(new File(basedir, 'target/incident/incidents.json'))
assert json.counted == 0 && json.failed == false
assert json.incidents.every { !it.counted && it.note == 'below threshold critical' }
def sarif = new JsonSlurper().parse(new File(basedir, 'target/incident/incidents.sarif'))
assert sarif.runs[0].results.isEmpty()
assert new File(basedir, 'target/incident/summary.md').text.contains('No unresolved incident counts')
// the generated help goal
assert log.contains('incident:check')
assert log.contains('incident.failOnSeverity')
return true
