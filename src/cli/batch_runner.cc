// Batch runner: one reader, N workers, one writer, with bounded memory.
//
// The reader (its own thread) takes inputs from the InputReader in order and
// numbers them; workers analyse and render them in any order; the writer (the
// main thread) writes result k only after results 0..k-1, so the output is
// in input order and each result is written as soon as it and all before it
// are done. Memory is bounded whatever the number of inputs: the reader waits
// while kInFlightPerWorker x N inputs are between being read and being
// written, or while they hold kMaxInFlightBytes of input, so a slow input
// holds back at most that many finished results behind it.
//
// With -j 1 nothing is threaded: each input is read, analysed and written in
// turn on the main thread, so one core's figures are one core's.
#include "cli/batch_runner.h"

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "cli/output.h"
#include "cli/output_dir.h"
#include "cli/progress.h"
#include "lede/analyzer.h"
#include "report/text_layout.h"

namespace lede::cli {

namespace {

// Inputs in flight (read, not yet written) per worker: enough that a worker
// never waits for the reader, few enough that memory stays flat.
constexpr size_t kInFlightPerWorker = 4;
// Input bytes in flight, at most (one larger input is always let through):
// a few hundred typical pages, far below the 100 MB a batch may use.
constexpr size_t kMaxInFlightBytes = size_t{32} << 20;
// Most worker threads: analysis is CPU-bound, so more threads than cores only
// add memory; a mistyped -j 100000 must not try to start that many threads.
constexpr size_t kMaxWorkers = 256;
// How often the writer wakes to redraw the progress bar when nothing is done.
constexpr std::chrono::milliseconds kRefreshInterval{200};

// Holds the result of one input, ready to write.
struct Outcome {
  std::string path;   // names the input in a text header (with its URL, if known)
  std::string item;   // rendered for stdout; "" for a text failure and with -o
  std::string error;  // the stderr line of a failure; "" when analysed
};

// Returns the outcome of analysing one input.
Outcome Process(const Input& input, const CliOptions& options, const OutputFormat& format) {
  Outcome outcome;
  outcome.path = input.info.path;
  // A WARC record's name is an offset: its URL says which page it is.
  if (!input.info.url.empty()) outcome.path += "  " + input.info.url;
  Status status = input.status;
  if (status.ok()) {
    const Result<Report> report = Analyze(input.bytes, input.info, options.analysis);
    status = report.status();
    if (report.ok() && !options.output_dir.empty()) {
      status = WriteFileAtomically(options.output_dir, ReportFileName(input.info.path),
                                   format.RenderReportFile(report.value()));
    } else if (report.ok()) {
      outcome.item = format.RenderReport(report.value());
    }
  }
  if (!status.ok()) {
    outcome.error = FailureLine(input.info.path, status);
    if (options.output_dir.empty()) outcome.item = format.RenderFailure(input.info.path, status);
  }
  return outcome;
}

// Writes outcomes to stdout and stderr in order and keeps the counts.
class Writer {
 public:
  Writer(const CliOptions& options, const RunStyle& style, const InputReader& reader)
      : to_stdout_(options.output_dir.empty()),
        several_(style.several),
        quiet_(options.quiet),
        format_(options, style.text, style.several),
        meter_(style.progress),
        reader_(reader) {}

  // Returns the format, for the workers' rendering.
  const OutputFormat& format() const { return format_; }

  // Writes one outcome; returns false when stdout cannot be written.
  bool Emit(const Outcome& outcome) {
    if (!several_ && reader_.opened_warc()) {
      several_ = true;  // a WARC file: many articles, so an array and a summary
      format_.MakeSeveral();
    }
    if (!outcome.error.empty()) {
      ++counts_.failed;
      meter_.Clear();
      WriteAll(outcome.error, stderr);
    } else {
      ++counts_.analysed;
    }
    if (to_stdout_ && !WriteAll(format_.Frame(outcome.path, outcome.item), stdout)) return Broken();
    Tick();
    return true;
  }

  // Redraws the progress bar when it is due.
  void Tick() { meter_.Update(Counts()); }

  // Returns the exit code after closing the output and writing the summary.
  int Finish() {
    if (to_stdout_ && !write_failed_ && !WriteAll(format_.Close(), stdout)) Broken();
    meter_.Clear();
    if (several_ && !quiet_) WriteAll(meter_.Summary(Counts()), stderr);
    return counts_.failed > 0 || write_failed_ ? 1 : 0;
  }

 private:
  // Returns the counts, with the reader's progress.
  const ProgressCounts& Counts() {
    counts_.files_read = reader_.files_read();
    counts_.files_total = reader_.files_total();
    counts_.bytes_read = reader_.bytes_read();
    counts_.bytes_total = reader_.bytes_total();
    return counts_;
  }

  // Reports a failed stdout write once; returns false.
  bool Broken() {
    if (!write_failed_) {
      meter_.Clear();
      std::fprintf(stderr, "lede: cannot write output: %s\n", std::strerror(errno));
    }
    write_failed_ = true;
    return false;
  }

  bool to_stdout_;
  bool several_;
  bool quiet_;
  OutputFormat format_;
  ProgressMeter meter_;
  const InputReader& reader_;
  ProgressCounts counts_;
  bool write_failed_ = false;
};

// Returns the exit code of a run on the main thread alone (-j 1).
int RunSequential(const CliOptions& options, InputReader& reader, Writer& writer) {
  Input input;
  while (reader.Next(&input)) {
    if (!writer.Emit(Process(input, options, writer.format()))) break;
  }
  return writer.Finish();
}

// Holds the queues between the reader thread, the workers and the writer.
class Pipeline {
 public:
  Pipeline(const CliOptions& options, InputReader& reader, Writer& writer, size_t workers)
      : options_(options), reader_(reader), writer_(writer), workers_(workers) {}

  // Returns the exit code after running every input through the threads.
  int Run() {
    std::vector<std::thread> threads;
    threads.emplace_back([this] { Read(); });
    for (size_t i = 0; i < workers_; ++i) threads.emplace_back([this] { Work(); });
    Write();
    for (std::thread& thread : threads) thread.join();
    return writer_.Finish();
  }

 private:
  // A result and the input bytes it held, released when it is written.
  struct Done {
    Outcome outcome;
    size_t bytes = 0;
  };

  // The reader thread: inputs in order, waiting while too many are in flight.
  void Read() {
    const size_t max_in_flight = kInFlightPerWorker * workers_;
    size_t number = 0;
    while (true) {
      {
        std::unique_lock<std::mutex> lock(mutex_);
        room_.wait(lock, [&] {
          return stop_ || (in_flight_ < max_in_flight && (in_flight_ == 0 || in_flight_bytes_ < kMaxInFlightBytes));
        });
        if (stop_) break;
      }
      Input input;
      if (!reader_.Next(&input)) break;
      {
        std::lock_guard<std::mutex> lock(mutex_);
        ++in_flight_;
        in_flight_bytes_ += input.bytes.size();
        queue_.emplace_back(number++, std::move(input));
      }
      work_.notify_one();
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      read_all_ = true;
      total_ = number;
    }
    work_.notify_all();
    done_.notify_all();
  }

  // A worker thread: analyses queued inputs until none are left.
  void Work() {
    while (true) {
      std::pair<size_t, Input> job;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        work_.wait(lock, [&] { return stop_ || read_all_ || !queue_.empty(); });
        if (stop_ || queue_.empty()) break;
        job = std::move(queue_.front());
        queue_.pop_front();
      }
      Done done{Process(job.second, options_, writer_.format()), job.second.bytes.size()};
      {
        std::lock_guard<std::mutex> lock(mutex_);
        finished_.emplace(job.first, std::move(done));
      }
      done_.notify_one();
    }
  }

  // The writer (main thread): results in input order, as soon as each is next.
  void Write() {
    size_t next = 0;
    while (true) {
      std::unique_lock<std::mutex> lock(mutex_);
      done_.wait_for(lock, kRefreshInterval,
                     [&] { return finished_.count(next) > 0 || (read_all_ && next == total_); });
      auto it = finished_.find(next);
      if (it == finished_.end()) {
        if (read_all_ && next == total_) return;
        lock.unlock();
        writer_.Tick();
        continue;
      }
      Done done = std::move(it->second);
      finished_.erase(it);
      --in_flight_;
      in_flight_bytes_ -= done.bytes;
      ++next;
      lock.unlock();
      room_.notify_one();
      if (!writer_.Emit(done.outcome)) {
        {
          std::lock_guard<std::mutex> stop_lock(mutex_);
          stop_ = true;
        }
        room_.notify_all();
        work_.notify_all();
        return;
      }
    }
  }

  const CliOptions& options_;
  InputReader& reader_;
  Writer& writer_;
  size_t workers_;

  std::mutex mutex_;
  std::condition_variable room_;  // the reader may read another input
  std::condition_variable work_;  // a worker may take an input
  std::condition_variable done_;  // the writer may write a result
  std::deque<std::pair<size_t, Input>> queue_;
  std::map<size_t, Done> finished_;
  size_t in_flight_ = 0;
  size_t in_flight_bytes_ = 0;
  bool read_all_ = false;
  size_t total_ = 0;  // inputs read, once read_all_
  bool stop_ = false;
};

}  // namespace

int RunBatch(const CliOptions& options, std::vector<InputPath> inputs, const RunStyle& style) {
  InputReader reader(std::move(inputs), options.analysis.max_bytes);
  Writer writer(options, style, reader);
  size_t workers = options.jobs;
  if (workers == 0) workers = std::max(1u, std::thread::hardware_concurrency());
  workers = std::min(workers, kMaxWorkers);
  if (workers == 1) return RunSequential(options, reader, writer);
  return Pipeline(options, reader, writer, workers).Run();
}

}  // namespace lede::cli
