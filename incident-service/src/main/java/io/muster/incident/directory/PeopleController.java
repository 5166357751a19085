package io.muster.incident.directory;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** The directory API. */
@RestController
@RequestMapping("/api/people")
class PeopleController {

    private final People people;

    PeopleController(People people) {
        this.people = people;
    }

    @GetMapping
    Flux<PersonView> list() {
        return people.all();
    }
}
