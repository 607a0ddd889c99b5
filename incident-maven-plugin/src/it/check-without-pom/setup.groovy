// Make the folder a git checkout whose origin is the product's repository.
def run = { List cmd ->
    def p = new ProcessBuilder(cmd).directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.text
    assert p.waitFor() == 0 : "${cmd}: ${out}"
}
run(['git', 'init', '-q'])
run(['git', 'remote', 'add', 'origin', 'git@github.com:incubateur-demo/demo-startup-front.git'])
return true
