import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('1 unresolved incident for incubateur-demo/demo-startup: 1 high (at or above high); not counted: 2 below the threshold, 1 allowlisted; 1 allowlist entry has expired')
assert log =~ /910002\s+high\s+ASSIGNED\s+ORANGE\s+SendGrid Key\s+2026-10-21\s+\S+\s+\(allowlist entry expired on 2020-01-01\)/
assert log.contains('allowlisted until 2099-12-31: database of the throwaway review app, password rotated')
assert log.contains('allowlist: ') && log.contains('allowlist.yaml (2 entries)')
assert log.contains('MojoFailureException')
def json = new JsonSlurper().parse(new File(basedir, 'target/incident/incidents.json'))
assert json.counted == 1
def i2 = json.incidents.find { it.id == 910002 }
assert i2.counted && i2.allowlist.expires == '2020-01-01'
assert !json.incidents.find { it.id == 910001 }.counted
return true
