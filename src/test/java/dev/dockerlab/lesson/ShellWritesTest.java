package dev.dockerlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShellWritesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", value = {
            "docker exec bind-web2 touch /srv/www/ro-test => touch",
            "docker exec -it -u root web rm -f /data/x => rm",
            "docker exec web sh -c 'echo hi > /srv/www/x' => > /srv/www/x",
            "docker exec web sh -ec 'mkdir /tmp/a' => mkdir",
            "echo hi > out.txt => > out.txt",
            "echo hi >> \"$LAB/log\" => >> $LAB/log",
            "cat a 2> errors.txt => > errors.txt",
            "ls &> all.txt => &> all.txt",
            "docker run --rm ${IMAGE} true => docker run",
            "docker -H unix:///x.sock create --name a b => docker create",
            "docker volume create website => docker volume create",
            "docker volume rm website => docker volume rm",
            "docker container prune -f => docker container prune",
            "docker cp web:/a . => docker cp",
            "docker save -o img.tar busybox => docker save",
            "docker ps -q | xargs -r docker rm -f => docker rm",
            "test -f x || sudo mkdir -p /srv => mkdir",
            "echo \"$(docker volume create v)\" => docker volume create",
            "cat $(touch x; echo x) => touch",
            "sed -i 's/a/b/' index.html => sed -i",
            "perl -pi -e 's/a/b/' f => perl -i",
            "tar -cf backup.tar data => tar",
            "tar xzf backup.tar => tar",
            "wget http://127.0.0.1/ => wget",
            "curl -sSo page.html http://127.0.0.1/ => curl -o",
            "find . -name '*.tmp' -delete => find -delete",
            "find . -name x -exec rm {} \\; => rm",
            "if true; then cp a b; fi => cp",
            "FOO=1 tee log => tee",
            "/bin/rm x => rm",
    })
    void findsWhatWrites(String shell, String expected) {
        assertThat(ShellWrites.first(shell.strip())).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "docker inspect -f '{{.GraphDriver.Data.LowerDir}}' ovl-web | tr ':' '\\n' | diff - ovl-lower.txt",
            "docker volume inspect $(cat anon-volumes/anon-web)",
            "! docker inspect anon-rescue >/dev/null 2>&1 && docker volume inspect x >/dev/null 2>&1",
            "docker volume inspect --format '{{.Mountpoint}}' website",
            "docker exec bind-web2 grep -E ' /srv/www [^ ]+ ro[ ,]' /proc/mounts",
            "docker exec web cat /data/x 2>/dev/null || echo missing >&2",
            "docker ps -aq --filter volume=mv-db | grep -q rm",
            "docker logs web 2>&1 | grep ready",
            "docker exec web wget -qO- http://127.0.0.1/",
            "docker exec web wget -q -O - http://127.0.0.1/",
            "tar -tf backup.tar",
            "tar tvf backup.tar",
            "sed -n '1p' index.html",
            "echo 'rm -rf / > x'",
            "grep touch notes.txt",
            "docker volume ls --filter name=website",
            "docker image inspect busybox",
            "curl -s http://127.0.0.1/",
            "sh -c 'cat /etc/hostname'",
    })
    void findsNothingInCommandsThatOnlyRead(String shell) {
        assertThat(ShellWrites.first(shell)).isEmpty();
    }
}
